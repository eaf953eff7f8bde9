package vn.xuatxu.api.ledger;

import java.util.Optional;

/**
 * Which Fabric MSP issues the identities of an organisation of a given kind. In a real network there are
 * only a few MSPs (agency, producers, schools) and each platform organisation is an identity inside one of
 * them, so the contract must be told the MSP when the organisation is registered; the embedded ledger gives
 * every organisation an MSP of its own and needs nothing.
 */
public interface OrganisationMsps {

    /** The MSP for organisations of this kind (AGENCY, PRODUCER, SCHOOL_KITCHEN), if the ledger needs one. */
    Optional<String> forKind(String organisationKind);
}

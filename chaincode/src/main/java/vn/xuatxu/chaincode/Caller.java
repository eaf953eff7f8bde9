package vn.xuatxu.chaincode;

import java.util.Optional;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import vn.xuatxu.chaincode.model.LedgerConfiguration;
import vn.xuatxu.chaincode.model.MspId;
import vn.xuatxu.chaincode.model.Organisation;
import vn.xuatxu.chaincode.model.OrganisationKind;
import vn.xuatxu.chaincode.state.ObjectType;
import vn.xuatxu.chaincode.state.WorldState;

/**
 * The organisation a transaction acts for, resolved from the signing certificate.
 *
 * <p>Why two paths: the embedded ledger gives every organisation its own pseudo-MSP, so the MSP id
 * is the organisation id. A real channel has only three MSPs (agency, producers, schools) and a
 * co-op is one identity among many in the producers' MSP; its Fabric CA enrols it with the
 * attribute {@value #ORGANISATION_ATTRIBUTE} (X.509 extension 1.2.3.4.5.6.7.8.1,
 * {@code {"attrs":{"xuatxu.org":"HtxMuongAng"}}}). So: the attribute when present, else the MSP id.
 *
 * <p>A CA admin of one MSP can put any value in the attribute, so a registered organisation only
 * accepts callers from the MSP recorded as its {@code fabricMspId} (default: its own id). This
 * check applies on both paths, which also stops an attribute-less identity of an MSP from posing as
 * an organisation registered under another MSP.
 *
 * @param organisationId the organisation id the caller acts for
 * @param fabricMspId    the MSP that issued the caller's certificate
 * @param organisation   the registered organisation, if any
 */
record Caller(String organisationId, String fabricMspId, Optional<Organisation> organisation) {
    /** The Fabric CA attribute that names the caller's organisation inside a shared MSP. */
    static final String ORGANISATION_ATTRIBUTE = "xuatxu.org";

    static Caller resolve(String tx, Context ctx, WorldState state) {
        ClientIdentity identity = ctx.getClientIdentity();
        String mspId = identity.getMSPID();
        String attribute = identity.getAttributeValue(ORGANISATION_ATTRIBUTE);
        String organisationId = mspId;
        if (attribute != null && !attribute.isEmpty()) {
            try {
                organisationId = new MspId(attribute).value();
            } catch (IllegalArgumentException e) {
                throw ErrorCode.FORBIDDEN.exception(tx + ": the certificate attribute '" + ORGANISATION_ATTRIBUTE + "' "
                        + e.getMessage());
            }
        }
        Optional<Organisation> organisation = state.read(Organisation.class, ObjectType.ORGANISATION, organisationId);
        if (organisation.isPresent() && !organisation.get().effectiveFabricMspId().equals(mspId)) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": organisation '" + organisationId + "' acts through MSP '"
                    + organisation.get().effectiveFabricMspId() + "', but the caller's certificate was issued by MSP '"
                    + mspId + "'");
        }
        return new Caller(organisationId, mspId, organisation);
    }

    /** The caller's registered organisation, which must be of {@code kind}. */
    Organisation require(String tx, OrganisationKind kind) {
        if (organisation.isEmpty() || organisation.get().kind() != kind) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": caller '" + organisationId + "' is not a registered " + kind
                    + " organisation (" + organisation.map(o -> "it is registered as " + o.kind()).orElse("it is not registered")
                    + ")");
        }
        return organisation.get();
    }

    /** The caller's registered organisation, of any kind. */
    Organisation requireRegistered(String tx) {
        return organisation.orElseThrow(() -> ErrorCode.FORBIDDEN.exception(tx + ": caller '" + organisationId
                + "' is not a registered organisation"));
    }

    /** True when the caller is the province agency the ledger was initialised for. */
    boolean isAgency(LedgerConfiguration configuration) {
        return organisationId.equals(configuration.agencyMspId());
    }
}

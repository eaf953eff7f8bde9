package vn.xuatxu.api.ledger.fabric;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.xuatxu.api.ledger.OrganisationMsps;

import java.util.Map;
import java.util.Optional;

/**
 * The network's MSP per organisation kind (network-config/: AgencyMSP, ProducersMSP, SchoolsMSP by
 * default), configurable with {@code xuatxu.ledger.fabric.agency-msp}, {@code producers-msp} and
 * {@code schools-msp}.
 */
@Singleton
@Requires(property = "xuatxu.ledger.mode", value = "fabric")
final class NetworkOrganisationMsps implements OrganisationMsps {

    private final Map<String, String> byKind;

    NetworkOrganisationMsps(@Value("${xuatxu.ledger.fabric.agency-msp:AgencyMSP}") String agency,
                            @Value("${xuatxu.ledger.fabric.producers-msp:ProducersMSP}") String producers,
                            @Value("${xuatxu.ledger.fabric.schools-msp:SchoolsMSP}") String schools) {
        this.byKind = Map.of("AGENCY", agency, "PRODUCER", producers, "SCHOOL_KITCHEN", schools);
    }

    @Override
    public Optional<String> forKind(String organisationKind) {
        return Optional.ofNullable(byKind.get(organisationKind));
    }
}

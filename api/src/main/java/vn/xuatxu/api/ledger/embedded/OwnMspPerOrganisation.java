package vn.xuatxu.api.ledger.embedded;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.xuatxu.api.ledger.OrganisationMsps;

import java.util.Optional;

/** The embedded ledger issues each organisation an MSP of its own, so no separate MSP is recorded. */
@Singleton
@Requires(property = "xuatxu.ledger.mode", value = "embedded", defaultValue = "embedded")
final class OwnMspPerOrganisation implements OrganisationMsps {

    @Override
    public Optional<String> forKind(String organisationKind) {
        return Optional.empty();
    }
}

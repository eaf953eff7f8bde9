package vn.xuatxu.api.identity.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.identity.persistence.OrganisationStore;
import vn.xuatxu.api.ledger.LedgerJson;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.OrganisationMsps;
import vn.xuatxu.api.ledger.Outbox;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;

/**
 * Creates organisations and accounts, and tells the ledger: the first agency initialises the contract as
 * the province's regulator; every other organisation is registered on the ledger by that agency.
 */
@Singleton
public final class OrganisationRegistration {

    private final OrganisationStore organisations;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final Outbox outbox;
    private final OrganisationMsps msps;

    OrganisationRegistration(OrganisationStore organisations, AccountStore accounts, PasswordHasher hasher, Outbox outbox,
                             OrganisationMsps msps) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.hasher = hasher;
        this.outbox = outbox;
        this.msps = msps;
    }

    /** Adds an organisation inside the caller's transaction and queues its ledger registration. */
    public long register(DSLContext transaction, OrganisationStore.NewOrganisation organisation) {
        OrganisationStore.NewOrganisation normalised = new OrganisationStore.NewOrganisation(organisation.mspId(),
                nfc(organisation.name()), organisation.kind(), nfc(organisation.province()),
                nfc(organisation.district()), nfc(organisation.commune()));
        String agency = organisations.agencyMspId(transaction).orElse(null);
        long id = organisations.insert(transaction, normalised);
        if (organisation.kind() == OrganisationKind.AGENCY && agency == null) {
            outbox.enqueue(transaction, Outbox.SubjectType.ORGANISATION, id,
                    LedgerTransaction.of(normalised.mspId(), "initLedger", normalised.mspId()));
        } else {
            if (agency == null) {
                throw new IllegalStateException("Create the province agency before other organisations");
            }
            outbox.enqueue(transaction, Outbox.SubjectType.ORGANISATION, id,
                    LedgerTransaction.of(agency, "registerOrganisation", ledgerJson(normalised,
                            msps.forKind(normalised.kind().name()).orElse(null))));
        }
        return id;
    }

    /** Adds an account inside the caller's transaction. */
    public long addAccount(DSLContext transaction, long organisationId, String username, String displayName,
                           String password, Set<Role> roles) {
        return accounts.insert(transaction, organisationId, username, nfc(displayName), hasher.hash(password), roles);
    }

    private static String ledgerJson(OrganisationStore.NewOrganisation organisation, String fabricMspId) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("fabricMspId", fabricMspId);
        fields.put("mspId", organisation.mspId());
        fields.put("name", organisation.name());
        fields.put("kind", organisation.kind().name());
        fields.put("province", organisation.province());
        fields.put("district", organisation.district());
        fields.put("commune", organisation.commune());
        return LedgerJson.of(fields);
    }

    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}

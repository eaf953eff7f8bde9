package vn.xuatxu.api.identity.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.OrganisationKind;
import vn.xuatxu.api.db.enums.OrganisationLedgerStatus;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.ledger.OutboxSubject;
import vn.xuatxu.api.ledger.SubmitOutcome;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.ORGANISATION;

/** Organisations and their ledger identities. */
@Singleton
public final class OrganisationStore implements OutboxSubject {

    /** The fields an organisation is created with. */
    public record NewOrganisation(String mspId, String name, vn.xuatxu.api.identity.domain.OrganisationKind kind,
                                  String province, String district, String commune) {
    }

    private final Clock clock;

    OrganisationStore(Clock clock) {
        this.clock = clock;
    }

    public long insert(DSLContext transaction, NewOrganisation organisation) {
        return transaction.insertInto(ORGANISATION)
                .set(ORGANISATION.MSP_ID, organisation.mspId())
                .set(ORGANISATION.NAME, organisation.name())
                .set(ORGANISATION.KIND, OrganisationKind.valueOf(organisation.kind().name()))
                .set(ORGANISATION.PROVINCE, organisation.province())
                .set(ORGANISATION.DISTRICT, organisation.district())
                .set(ORGANISATION.COMMUNE, organisation.commune())
                .set(ORGANISATION.LEDGER_STATUS, OrganisationLedgerStatus.PENDING)
                .set(ORGANISATION.CREATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .returningResult(ORGANISATION.ID)
                .fetchOne()
                .value1();
    }

    public Optional<Long> idByMspId(DSLContext db, String mspId) {
        return db.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.MSP_ID.eq(mspId)).fetchOptional(0, Long.class);
    }

    /** The province agency, if one was created. */
    public Optional<String> agencyMspId(DSLContext db) {
        return db.select(ORGANISATION.MSP_ID).from(ORGANISATION).where(ORGANISATION.KIND.eq(OrganisationKind.AGENCY))
                .orderBy(ORGANISATION.ID).limit(1).fetchOptional(0, String.class);
    }

    @Override
    public Outbox.SubjectType type() {
        return Outbox.SubjectType.ORGANISATION;
    }

    @Override
    public void markRetrying(DSLContext transaction, long organisationId) {
        transaction.update(ORGANISATION).set(ORGANISATION.LEDGER_STATUS, OrganisationLedgerStatus.PENDING)
                .where(ORGANISATION.ID.eq(organisationId)).execute();
    }

    @Override
    public void recordOutcome(DSLContext transaction, long organisationId, SubmitOutcome outcome) {
        transaction.update(ORGANISATION)
                .set(ORGANISATION.LEDGER_STATUS, outcome instanceof SubmitOutcome.Committed
                        ? OrganisationLedgerStatus.COMMITTED : OrganisationLedgerStatus.FAILED)
                .where(ORGANISATION.ID.eq(organisationId))
                .execute();
    }
}

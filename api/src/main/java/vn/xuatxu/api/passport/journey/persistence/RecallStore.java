package vn.xuatxu.api.passport.journey.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.LotRecallLedgerStatus;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.ledger.OutboxSubject;
import vn.xuatxu.api.ledger.SubmitOutcome;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.LOT_RECALL;
import static vn.xuatxu.api.db.Tables.ORGANISATION;

/** Recalls of lots and what the ledger said about them. */
@Singleton
public final class RecallStore implements OutboxSubject {

    /** A recall as the lot page shows it. */
    public record StoredRecall(long id, long lotId, String reason, String organisationName, LocalDateTime createdAt,
                               String ledgerStatus, String ledgerTransactionId, String ledgerError) {
    }

    private final Clock clock;

    RecallStore(Clock clock) {
        this.clock = clock;
    }

    public long insert(DSLContext transaction, long lotId, String reason, long organisationId, long userId) {
        return transaction.insertInto(LOT_RECALL)
                .set(LOT_RECALL.LOT_ID, lotId)
                .set(LOT_RECALL.REASON, reason)
                .set(LOT_RECALL.ORGANISATION_ID, organisationId)
                .set(LOT_RECALL.RECALLED_BY, userId)
                .set(LOT_RECALL.LEDGER_STATUS, LotRecallLedgerStatus.PENDING)
                .set(LOT_RECALL.CREATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .returningResult(LOT_RECALL.ID).fetchOne().value1();
    }

    public Optional<StoredRecall> ofLot(DSLContext db, long lotId) {
        return db.select(LOT_RECALL.fields()).select(ORGANISATION.NAME).from(LOT_RECALL)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(LOT_RECALL.ORGANISATION_ID))
                .where(LOT_RECALL.LOT_ID.eq(lotId))
                .fetchOptional(row -> new StoredRecall(row.get(LOT_RECALL.ID), row.get(LOT_RECALL.LOT_ID),
                        row.get(LOT_RECALL.REASON), row.get(ORGANISATION.NAME), row.get(LOT_RECALL.CREATED_AT),
                        row.get(LOT_RECALL.LEDGER_STATUS).name(), row.get(LOT_RECALL.LEDGER_TX_ID),
                        row.get(LOT_RECALL.LEDGER_ERROR)));
    }

    @Override
    public Outbox.SubjectType type() {
        return Outbox.SubjectType.RECALL;
    }

    @Override
    public void markRetrying(DSLContext transaction, long recallId) {
        transaction.update(LOT_RECALL).set(LOT_RECALL.LEDGER_STATUS, LotRecallLedgerStatus.PENDING)
                .setNull(LOT_RECALL.LEDGER_ERROR).where(LOT_RECALL.ID.eq(recallId)).execute();
    }

    @Override
    public void recordOutcome(DSLContext transaction, long recallId, SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Committed committed) {
            transaction.update(LOT_RECALL).set(LOT_RECALL.LEDGER_STATUS, LotRecallLedgerStatus.COMMITTED)
                    .set(LOT_RECALL.LEDGER_TX_ID, committed.transactionId())
                    .where(LOT_RECALL.ID.eq(recallId)).execute();
        } else if (outcome instanceof SubmitOutcome.Rejected rejected) {
            transaction.update(LOT_RECALL).set(LOT_RECALL.LEDGER_STATUS, LotRecallLedgerStatus.FAILED)
                    .set(LOT_RECALL.LEDGER_ERROR, rejected.summary())
                    .where(LOT_RECALL.ID.eq(recallId)).execute();
        }
    }
}

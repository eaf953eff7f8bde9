package vn.xuatxu.api.kitchen.persistence;

import static vn.xuatxu.api.db.Tables.KITCHEN_DAY_VERSION;
import static vn.xuatxu.api.db.Tables.LEDGER_OUTBOX;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Closed versions of a kitchen's day. The ledger status of a version is not copied here: it is read from
 * the version's outbox entry, which the relay closes with the transaction id and block, so the two can
 * never disagree.
 */
@Singleton
public final class DayVersionStore {

    /** Where the version's ledger write stands: the outbox entry's status, transaction and block. */
    public record LedgerState(String status, String transactionId, Long blockNumber, String error) {
    }

    /** A stored version of a closed day. */
    public record StoredVersion(long id, LocalDate day, int version, String contentHash, String versionHash,
                                String previousHash, String reason, String canonicalText, long recordedBy,
                                String recordedByName, Instant recordedAt, LedgerState ledger) {
    }

    /** Thrown when another close of the same day won the race for the version number. */
    public static final class VersionTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        VersionTakenException(Throwable cause) {
            super(cause);
        }
    }

    public long insert(DSLContext db, long kitchenId, StoredVersion v, long outboxId) {
        try {
            return db.insertInto(KITCHEN_DAY_VERSION)
                    .set(KITCHEN_DAY_VERSION.ORGANISATION_ID, kitchenId)
                    .set(KITCHEN_DAY_VERSION.DAY, v.day())
                    .set(KITCHEN_DAY_VERSION.VERSION, v.version())
                    .set(KITCHEN_DAY_VERSION.CONTENT_HASH, v.contentHash())
                    .set(KITCHEN_DAY_VERSION.VERSION_HASH, v.versionHash())
                    .set(KITCHEN_DAY_VERSION.PREVIOUS_HASH, v.previousHash())
                    .set(KITCHEN_DAY_VERSION.REASON, v.reason())
                    .set(KITCHEN_DAY_VERSION.CANONICAL_TEXT, v.canonicalText())
                    .set(KITCHEN_DAY_VERSION.RECORDED_BY, v.recordedBy())
                    .set(KITCHEN_DAY_VERSION.RECORDED_BY_NAME, v.recordedByName())
                    .set(KITCHEN_DAY_VERSION.RECORDED_AT, UtcColumns.of(v.recordedAt()))
                    .set(KITCHEN_DAY_VERSION.OUTBOX_ID, outboxId)
                    .returningResult(KITCHEN_DAY_VERSION.ID)
                    .fetchOne()
                    .value1();
        } catch (IntegrityConstraintViolationException e) {
            throw new VersionTakenException(e);
        }
    }

    /** The versions of a day, oldest first. */
    public List<StoredVersion> versions(DSLContext db, long kitchenId, LocalDate day) {
        return db.select().from(KITCHEN_DAY_VERSION).join(LEDGER_OUTBOX).on(LEDGER_OUTBOX.ID.eq(KITCHEN_DAY_VERSION.OUTBOX_ID))
                .where(KITCHEN_DAY_VERSION.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_DAY_VERSION.DAY.eq(day)))
                .orderBy(KITCHEN_DAY_VERSION.VERSION)
                .fetch(row -> new StoredVersion(row.get(KITCHEN_DAY_VERSION.ID), row.get(KITCHEN_DAY_VERSION.DAY),
                        row.get(KITCHEN_DAY_VERSION.VERSION), row.get(KITCHEN_DAY_VERSION.CONTENT_HASH),
                        row.get(KITCHEN_DAY_VERSION.VERSION_HASH), row.get(KITCHEN_DAY_VERSION.PREVIOUS_HASH),
                        row.get(KITCHEN_DAY_VERSION.REASON), row.get(KITCHEN_DAY_VERSION.CANONICAL_TEXT),
                        row.get(KITCHEN_DAY_VERSION.RECORDED_BY), row.get(KITCHEN_DAY_VERSION.RECORDED_BY_NAME),
                        UtcColumns.instant(row.get(KITCHEN_DAY_VERSION.RECORDED_AT)),
                        new LedgerState(row.get(LEDGER_OUTBOX.STATUS).name(), row.get(LEDGER_OUTBOX.TX_ID),
                                row.get(LEDGER_OUTBOX.BLOCK_NUMBER), row.get(LEDGER_OUTBOX.LAST_ERROR))));
    }

    public Optional<StoredVersion> latest(DSLContext db, long kitchenId, LocalDate day) {
        List<StoredVersion> all = versions(db, kitchenId, day);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The closed days of a kitchen between two dates, inclusive, newest first. */
    public List<LocalDate> closedDays(DSLContext db, long kitchenId, LocalDate from, LocalDate to) {
        return db.selectDistinct(KITCHEN_DAY_VERSION.DAY).from(KITCHEN_DAY_VERSION)
                .where(KITCHEN_DAY_VERSION.ORGANISATION_ID.eq(kitchenId).and(KITCHEN_DAY_VERSION.DAY.between(from, to)))
                .orderBy(KITCHEN_DAY_VERSION.DAY.desc())
                .fetch(KITCHEN_DAY_VERSION.DAY);
    }
}

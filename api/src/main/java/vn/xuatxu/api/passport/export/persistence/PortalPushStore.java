package vn.xuatxu.api.passport.export.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.PortalPushLogOutcome;
import vn.xuatxu.api.passport.export.application.PassportPortal;
import vn.xuatxu.api.passport.export.domain.PassportRow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static vn.xuatxu.api.db.Tables.PORTAL_PUSH_CURSOR;
import static vn.xuatxu.api.db.Tables.PORTAL_PUSH_ITEM;
import static vn.xuatxu.api.db.Tables.PORTAL_PUSH_LOG;

/**
 * The portal push's memory: where it resumes (one cursor per portal) and a log of every delivery with the
 * passports (and their record hashes) each accepted batch carried. An accepted batch's log, items and the
 * advanced cursor are written in one transaction.
 */
@Singleton
public final class PortalPushStore {

    /** The position after the last delivered passport. */
    public record Position(LocalDateTime changedAt, long lotId) {
        public static final Position START = new Position(LocalDateTime.of(1970, 1, 1, 0, 0), 0);
    }

    /** A logged delivery. */
    public record LogEntry(long id, String batchId, int passports, String outcome, int attempts, Integer httpStatus) {
    }

    public Position position(DSLContext db, String portal) {
        return db.selectFrom(PORTAL_PUSH_CURSOR).where(PORTAL_PUSH_CURSOR.PORTAL.eq(portal))
                .fetchOptional(r -> new Position(r.getChangedAt(), r.getLotId())).orElse(Position.START);
    }

    /** Records a delivery; an accepted one also records its passports and moves the cursor past them. */
    public void record(DSLContext transaction, String portal, PassportPortal.Batch batch, PassportPortal.Outcome outcome,
                       Instant started, Instant finished) {
        List<PassportRow> rows = batch.passports();
        PassportRow last = rows.get(rows.size() - 1);
        Integer status = outcome instanceof PassportPortal.Outcome.Accepted a ? Integer.valueOf(a.httpStatus())
                : outcome instanceof PassportPortal.Outcome.Refused r ? Integer.valueOf(r.httpStatus())
                : ((PassportPortal.Outcome.Unreachable) outcome).httpStatus();
        long id = transaction.insertInto(PORTAL_PUSH_LOG)
                .set(PORTAL_PUSH_LOG.PORTAL, portal)
                .set(PORTAL_PUSH_LOG.BATCH_ID, batch.id())
                .set(PORTAL_PUSH_LOG.PASSPORT_COUNT, rows.size())
                .set(PORTAL_PUSH_LOG.FIRST_LOT_ID, rows.get(0).lotId())
                .set(PORTAL_PUSH_LOG.LAST_LOT_ID, last.lotId())
                .set(PORTAL_PUSH_LOG.LAST_CHANGED_AT, last.changedAt())
                .set(PORTAL_PUSH_LOG.OUTCOME, PortalPushLogOutcome.valueOf(outcome.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT)))
                .set(PORTAL_PUSH_LOG.ATTEMPTS, outcome.attempts())
                .set(PORTAL_PUSH_LOG.HTTP_STATUS, status)
                .set(PORTAL_PUSH_LOG.RECEIPT, outcome instanceof PassportPortal.Outcome.Accepted a ? a.receipt() : null)
                .set(PORTAL_PUSH_LOG.ERROR, outcome instanceof PassportPortal.Outcome.Refused r ? r.reason()
                        : outcome instanceof PassportPortal.Outcome.Unreachable u ? u.reason() : null)
                .set(PORTAL_PUSH_LOG.STARTED_AT, utc(started))
                .set(PORTAL_PUSH_LOG.FINISHED_AT, utc(finished))
                .returningResult(PORTAL_PUSH_LOG.ID).fetchOne().value1();
        if (!(outcome instanceof PassportPortal.Outcome.Accepted)) {
            return;
        }
        var items = transaction.insertInto(PORTAL_PUSH_ITEM, PORTAL_PUSH_ITEM.LOG_ID, PORTAL_PUSH_ITEM.LOT_ID,
                PORTAL_PUSH_ITEM.RECORD_HASH);
        for (PassportRow row : rows) {
            items = items.values(id, row.lotId(), row.recordHash());
        }
        items.execute();
        transaction.insertInto(PORTAL_PUSH_CURSOR)
                .set(PORTAL_PUSH_CURSOR.PORTAL, portal)
                .set(PORTAL_PUSH_CURSOR.CHANGED_AT, last.changedAt())
                .set(PORTAL_PUSH_CURSOR.LOT_ID, last.lotId())
                .set(PORTAL_PUSH_CURSOR.UPDATED_AT, utc(finished))
                .onDuplicateKeyUpdate()
                .set(PORTAL_PUSH_CURSOR.CHANGED_AT, last.changedAt())
                .set(PORTAL_PUSH_CURSOR.LOT_ID, last.lotId())
                .set(PORTAL_PUSH_CURSOR.UPDATED_AT, utc(finished))
                .execute();
    }

    /** The newest deliveries first. */
    public List<LogEntry> log(DSLContext db, String portal, int limit) {
        return db.selectFrom(PORTAL_PUSH_LOG).where(PORTAL_PUSH_LOG.PORTAL.eq(portal)).orderBy(PORTAL_PUSH_LOG.ID.desc())
                .limit(limit).fetch(r -> new LogEntry(r.getId(), r.getBatchId(), r.getPassportCount(),
                        r.getOutcome().getLiteral(), r.getAttempts(), r.getHttpStatus()));
    }

    /** Lot ids the portal accepted, oldest delivery first (for audits and tests). */
    public List<Long> deliveredLots(DSLContext db, String portal) {
        return db.select(PORTAL_PUSH_ITEM.LOT_ID).from(PORTAL_PUSH_ITEM)
                .join(PORTAL_PUSH_LOG).on(PORTAL_PUSH_LOG.ID.eq(PORTAL_PUSH_ITEM.LOG_ID))
                .where(PORTAL_PUSH_LOG.PORTAL.eq(portal)).orderBy(PORTAL_PUSH_ITEM.LOG_ID, PORTAL_PUSH_ITEM.LOT_ID)
                .fetch(PORTAL_PUSH_ITEM.LOT_ID);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

package vn.xuatxu.api.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.LedgerOutboxStatus;
import vn.xuatxu.api.db.enums.LedgerOutboxSubjectType;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static vn.xuatxu.api.db.Tables.LEDGER_OUTBOX;

/**
 * Ledger writes waiting to be sent. A business change and its outbox entry are written in one database
 * transaction, so either both exist or neither does; the {@link OutboxRelay} then delivers entries in the
 * order they were made, and the contract's idempotent registrations make a repeated delivery harmless.
 */
@Singleton
public final class Outbox {

    /** What an outbox entry is about, so its outcome can be recorded on the right row. */
    public enum SubjectType {
        ORGANISATION, PRODUCT, LOT, LEDGER, TRACE_EVENT, RECALL, LABEL_BATCH
    }

    /** An entry due for delivery. */
    public record Entry(long id, SubjectType subjectType, Long subjectId, LedgerTransaction transaction, int attempts,
                        LocalDateTime nextAttemptAt) {
    }

    /** A write the ledger refused, as an administrator sees it before retrying. */
    public record FailedEntry(long id, SubjectType subjectType, Long subjectId, String function, String error,
                              int attempts, java.time.Instant failedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Clock clock;

    Outbox(Clock clock) {
        this.clock = clock;
    }

    /** Adds an entry inside the caller's transaction. */
    public long enqueue(DSLContext transaction, SubjectType subjectType, Long subjectId, LedgerTransaction write) {
        LocalDateTime now = now();
        try {
            return transaction.insertInto(LEDGER_OUTBOX)
                    .set(LEDGER_OUTBOX.SUBJECT_TYPE, LedgerOutboxSubjectType.valueOf(subjectType.name()))
                    .set(LEDGER_OUTBOX.SUBJECT_ID, subjectId)
                    .set(LEDGER_OUTBOX.FUNCTION_NAME, write.function())
                    .set(LEDGER_OUTBOX.ARGUMENTS, JSON.writeValueAsString(write.arguments()))
                    .set(LEDGER_OUTBOX.SUBMITTER_MSP_ID, write.submitterMspId())
                    .set(LEDGER_OUTBOX.STATUS, LedgerOutboxStatus.PENDING)
                    .set(LEDGER_OUTBOX.NEXT_ATTEMPT_AT, now)
                    .set(LEDGER_OUTBOX.CREATED_AT, now)
                    .returningResult(LEDGER_OUTBOX.ID)
                    .fetchOne()
                    .value1();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ledger arguments cannot be encoded", e);
        }
    }

    /** The oldest pending entries, in creation order, whether due now or backing off. */
    List<Entry> pending(DSLContext db, int limit) {
        return db.selectFrom(LEDGER_OUTBOX)
                .where(LEDGER_OUTBOX.STATUS.eq(LedgerOutboxStatus.PENDING))
                .orderBy(LEDGER_OUTBOX.ID)
                .limit(limit)
                .fetch(row -> new Entry(row.getId(), SubjectType.valueOf(row.getSubjectType().name()),
                        row.getSubjectId(), new LedgerTransaction(row.getSubmitterMspId(), row.getFunctionName(),
                        arguments(row.getArguments())), row.getAttempts(), row.getNextAttemptAt()));
    }

    /** True when the entry's back-off is over. */
    boolean isDue(Entry entry) {
        return !entry.nextAttemptAt().isAfter(now());
    }

    void markDelivered(DSLContext transaction, long id, SubmitOutcome outcome) {
        boolean committed = outcome instanceof SubmitOutcome.Committed;
        transaction.update(LEDGER_OUTBOX)
                .set(LEDGER_OUTBOX.STATUS, committed ? LedgerOutboxStatus.DONE : LedgerOutboxStatus.FAILED)
                .set(LEDGER_OUTBOX.ATTEMPTS, LEDGER_OUTBOX.ATTEMPTS.plus(1))
                .set(LEDGER_OUTBOX.TX_ID, committed ? ((SubmitOutcome.Committed) outcome).transactionId() : null)
                .set(LEDGER_OUTBOX.BLOCK_NUMBER, committed ? ((SubmitOutcome.Committed) outcome).blockNumber() : null)
                .set(LEDGER_OUTBOX.LAST_ERROR, committed ? null
                        : ((SubmitOutcome.Rejected) outcome).summary())
                .set(LEDGER_OUTBOX.DONE_AT, now())
                .where(LEDGER_OUTBOX.ID.eq(id))
                .execute();
    }

    /** Backs off exponentially, from one second up to five minutes, after the ledger could not be reached. */
    void postpone(DSLContext db, Entry entry, String error) {
        long seconds = Math.min(300, 1L << Math.min(entry.attempts(), 9));
        db.update(LEDGER_OUTBOX)
                .set(LEDGER_OUTBOX.ATTEMPTS, entry.attempts() + 1)
                .set(LEDGER_OUTBOX.LAST_ERROR, truncate(error))
                .set(LEDGER_OUTBOX.NEXT_ATTEMPT_AT, now().plus(Duration.ofSeconds(seconds)))
                .where(LEDGER_OUTBOX.ID.eq(entry.id()))
                .execute();
    }

    /** The refused writes an organisation submitted, newest first. */
    public List<FailedEntry> failed(DSLContext db, String submitterMspId, int limit) {
        return db.selectFrom(LEDGER_OUTBOX)
                .where(LEDGER_OUTBOX.STATUS.eq(LedgerOutboxStatus.FAILED))
                .and(LEDGER_OUTBOX.SUBMITTER_MSP_ID.eq(submitterMspId))
                .orderBy(LEDGER_OUTBOX.ID.desc())
                .limit(limit)
                .fetch(row -> new FailedEntry(row.getId(), SubjectType.valueOf(row.getSubjectType().name()),
                        row.getSubjectId(), row.getFunctionName(), row.getLastError(), row.getAttempts(),
                        row.getDoneAt() == null ? null : row.getDoneAt().toInstant(ZoneOffset.UTC)));
    }

    /** Who submitted an entry and whether the ledger refused it, to check a retry request against. */
    public record Submission(String submitterMspId, boolean failed) {
    }

    public java.util.Optional<Submission> submission(DSLContext db, long id) {
        return db.select(LEDGER_OUTBOX.SUBMITTER_MSP_ID, LEDGER_OUTBOX.STATUS).from(LEDGER_OUTBOX)
                .where(LEDGER_OUTBOX.ID.eq(id))
                .fetchOptional(row -> new Submission(row.value1(), row.value2() == LedgerOutboxStatus.FAILED));
    }

    /** The record an entry writes for, when it has one. */
    public record Subject(SubjectType type, Long id) {
    }

    /**
     * Puts a failed entry back in the queue, due now, inside the caller's transaction. It keeps its place
     * (entries go out by id), so it still reaches the ledger before anything written after it. Returns the
     * entry's subject when it was failed, empty when another request retried it first.
     */
    public java.util.Optional<Subject> requeue(DSLContext transaction, long id) {
        int changed = transaction.update(LEDGER_OUTBOX)
                .set(LEDGER_OUTBOX.STATUS, LedgerOutboxStatus.PENDING)
                .set(LEDGER_OUTBOX.NEXT_ATTEMPT_AT, now())
                .setNull(LEDGER_OUTBOX.DONE_AT)
                .where(LEDGER_OUTBOX.ID.eq(id).and(LEDGER_OUTBOX.STATUS.eq(LedgerOutboxStatus.FAILED)))
                .execute();
        if (changed == 0) {
            return java.util.Optional.empty();
        }
        return transaction.select(LEDGER_OUTBOX.SUBJECT_TYPE, LEDGER_OUTBOX.SUBJECT_ID).from(LEDGER_OUTBOX)
                .where(LEDGER_OUTBOX.ID.eq(id))
                .fetchOptional(row -> new Subject(SubjectType.valueOf(row.value1().name()), row.value2()));
    }

    /**
     * Gives up a refused write for good, inside the caller's transaction (which undoes what it changed off the
     * ledger): it leaves the failed list and can no longer be retried. Returns false when it was not failed.
     */
    public boolean discard(DSLContext transaction, SubjectType subjectType, long subjectId) {
        return transaction.update(LEDGER_OUTBOX)
                .set(LEDGER_OUTBOX.STATUS, LedgerOutboxStatus.DISCARDED)
                .set(LEDGER_OUTBOX.DONE_AT, now())
                .where(LEDGER_OUTBOX.SUBJECT_TYPE.eq(LedgerOutboxSubjectType.valueOf(subjectType.name())))
                .and(LEDGER_OUTBOX.SUBJECT_ID.eq(subjectId))
                .and(LEDGER_OUTBOX.STATUS.eq(LedgerOutboxStatus.FAILED))
                .execute() > 0;
    }

    /** The outbox entry of a record, to retry it from the record's own page. */
    public java.util.Optional<Long> entryOf(DSLContext db, SubjectType subjectType, long subjectId) {
        return db.select(LEDGER_OUTBOX.ID).from(LEDGER_OUTBOX)
                .where(LEDGER_OUTBOX.SUBJECT_TYPE.eq(LedgerOutboxSubjectType.valueOf(subjectType.name())))
                .and(LEDGER_OUTBOX.SUBJECT_ID.eq(subjectId))
                .orderBy(LEDGER_OUTBOX.ID.desc()).limit(1).fetchOptional(LEDGER_OUTBOX.ID);
    }

        /** How many entries still wait, for health and pages. */
    public int waiting(DSLContext db) {
        return db.fetchCount(LEDGER_OUTBOX, LEDGER_OUTBOX.STATUS.eq(LedgerOutboxStatus.PENDING));
    }

    /** When the oldest waiting entry was written, for the metric an operator alarms on. */
    public java.util.Optional<java.time.Instant> oldestWaitingSince(DSLContext db) {
        return db.select(org.jooq.impl.DSL.min(LEDGER_OUTBOX.CREATED_AT))
                .from(LEDGER_OUTBOX)
                .where(LEDGER_OUTBOX.STATUS.eq(LedgerOutboxStatus.PENDING))
                .fetchOptional(0, LocalDateTime.class)
                .map(created -> created.toInstant(ZoneOffset.UTC));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static List<String> arguments(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox entry holds unreadable arguments", e);
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}

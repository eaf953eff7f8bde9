package vn.xuatxu.api.printing.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import vn.xuatxu.api.db.enums.PrintAgentLanguage;
import vn.xuatxu.api.db.tables.records.PrintAgentRecord;
import vn.xuatxu.api.printing.domain.PrintJobSource;
import vn.xuatxu.api.printing.domain.PrintJobState;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.LABEL_BATCH;
import static vn.xuatxu.api.db.Tables.PRINT_AGENT;
import static vn.xuatxu.api.db.Tables.PRINT_JOB;
import static vn.xuatxu.api.db.Tables.PRINT_JOB_LABEL;

/** Print agents and their jobs. Times are UTC from the injected clock. */
@Singleton
public final class PrintAgentStore {

    /** An agent as stored (never its token). */
    public record StoredAgent(long id, long organisationId, String name, String language, String stock, int dpi,
                              LocalDateTime createdAt, LocalDateTime revokedAt, LocalDateTime lastSeenAt) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /**
     * A job; a label batch's job has the batch's key and public id, a record job (see {@link PrintJobSource}) its
     * description instead.
     */
    public record StoredJob(long id, String jobId, long agentId, PrintJobSource source, Long labelBatchKey, String batchId,
                            String description, int firstPosition, int lastPosition, PrintJobState state,
                            int sentThrough, String message, long createdBy, LocalDateTime createdAt,
                            LocalDateTime updatedAt) {
    }

    private final Clock clock;

    PrintAgentStore(Clock clock) {
        this.clock = clock;
    }

    public long insertAgent(DSLContext db, long organisationId, String name, String tokenSha256, String language,
                            String stock, int dpi, long createdBy) {
        return db.insertInto(PRINT_AGENT)
                .set(PRINT_AGENT.ORGANISATION_ID, organisationId)
                .set(PRINT_AGENT.NAME, name)
                .set(PRINT_AGENT.TOKEN_SHA256, tokenSha256)
                .set(PRINT_AGENT.LANGUAGE, PrintAgentLanguage.valueOf(language))
                .set(PRINT_AGENT.STOCK, stock)
                .set(PRINT_AGENT.DPI, dpi)
                .set(PRINT_AGENT.CREATED_BY, createdBy)
                .set(PRINT_AGENT.CREATED_AT, now())
                .returningResult(PRINT_AGENT.ID).fetchOne().value1();
    }

    public Optional<StoredAgent> agent(DSLContext db, long id) {
        return db.selectFrom(PRINT_AGENT).where(PRINT_AGENT.ID.eq(id)).fetchOptional(PrintAgentStore::agent);
    }

    /** The agent presenting this token, if it is registered and not revoked. */
    public Optional<StoredAgent> activeAgentByToken(DSLContext db, String tokenSha256) {
        return db.selectFrom(PRINT_AGENT).where(PRINT_AGENT.TOKEN_SHA256.eq(tokenSha256))
                .and(PRINT_AGENT.REVOKED_AT.isNull()).fetchOptional(PrintAgentStore::agent);
    }

    public List<StoredAgent> agentsOf(DSLContext db, long organisationId) {
        return db.selectFrom(PRINT_AGENT).where(PRINT_AGENT.ORGANISATION_ID.eq(organisationId))
                .orderBy(PRINT_AGENT.REVOKED_AT.isNull().desc(), PRINT_AGENT.NAME).fetch(PrintAgentStore::agent);
    }

    public void revoke(DSLContext db, long id) {
        db.update(PRINT_AGENT).set(PRINT_AGENT.REVOKED_AT, now()).where(PRINT_AGENT.ID.eq(id))
                .and(PRINT_AGENT.REVOKED_AT.isNull()).execute();
        db.update(PRINT_JOB).set(PRINT_JOB.STATE, column(PrintJobState.CANCELLED)).set(PRINT_JOB.UPDATED_AT, now())
                .set(PRINT_JOB.MESSAGE, "Máy in đã bị gỡ khỏi hệ thống.")
                .where(PRINT_JOB.AGENT_ID.eq(id)).and(PRINT_JOB.STATE.eq(column(PrintJobState.QUEUED))).execute();
    }

    public void seen(DSLContext db, long agentId) {
        db.update(PRINT_AGENT).set(PRINT_AGENT.LAST_SEEN_AT, now()).where(PRINT_AGENT.ID.eq(agentId)).execute();
    }

    public long insertJob(DSLContext db, String jobId, long agentId, long labelBatchKey, int first, int last, long createdBy) {
        LocalDateTime now = now();
        return db.insertInto(PRINT_JOB)
                .set(PRINT_JOB.JOB_ID, jobId)
                .set(PRINT_JOB.AGENT_ID, agentId)
                .set(PRINT_JOB.LABEL_BATCH_ID, labelBatchKey)
                .set(PRINT_JOB.FIRST_POSITION, first)
                .set(PRINT_JOB.LAST_POSITION, last)
                .set(PRINT_JOB.STATE, column(PrintJobState.QUEUED))
                .set(PRINT_JOB.SENT_THROUGH, first - 1)
                .set(PRINT_JOB.CREATED_BY, createdBy)
                .set(PRINT_JOB.CREATED_AT, now)
                .set(PRINT_JOB.UPDATED_AT, now)
                .returningResult(PRINT_JOB.ID).fetchOne().value1();
    }

    /**
     * A record job: its labels are {@code refs} at positions 1..n, frozen now; it prints positions {@code first}..n.
     * Call inside a transaction, so a job never exists without its labels.
     */
    public long insertRecordJob(DSLContext transaction, String jobId, long agentId, PrintJobSource source,
                                String description, List<String> refs, int first, long createdBy) {
        LocalDateTime now = now();
        long id = transaction.insertInto(PRINT_JOB)
                .set(PRINT_JOB.JOB_ID, jobId)
                .set(PRINT_JOB.AGENT_ID, agentId)
                .set(PRINT_JOB.SOURCE, vn.xuatxu.api.db.enums.PrintJobSource.valueOf(source.name()))
                .set(PRINT_JOB.DESCRIPTION, description)
                .set(PRINT_JOB.FIRST_POSITION, first)
                .set(PRINT_JOB.LAST_POSITION, refs.size())
                .set(PRINT_JOB.STATE, column(PrintJobState.QUEUED))
                .set(PRINT_JOB.SENT_THROUGH, first - 1)
                .set(PRINT_JOB.CREATED_BY, createdBy)
                .set(PRINT_JOB.CREATED_AT, now)
                .set(PRINT_JOB.UPDATED_AT, now)
                .returningResult(PRINT_JOB.ID).fetchOne().value1();
        var insert = transaction.insertInto(PRINT_JOB_LABEL, PRINT_JOB_LABEL.PRINT_JOB_ID, PRINT_JOB_LABEL.POSITION,
                PRINT_JOB_LABEL.RECORD_REF);
        for (int i = 0; i < refs.size(); i++) {
            insert = insert.values(id, i + 1, refs.get(i));
        }
        insert.execute();
        return id;
    }

    /** A record job's references at positions {@code from}..{@code to}, in order. */
    public List<String> recordRefs(DSLContext db, long jobKey, int from, int to) {
        return db.select(PRINT_JOB_LABEL.RECORD_REF).from(PRINT_JOB_LABEL)
                .where(PRINT_JOB_LABEL.PRINT_JOB_ID.eq(jobKey)).and(PRINT_JOB_LABEL.POSITION.between(from, to))
                .orderBy(PRINT_JOB_LABEL.POSITION).fetch(PRINT_JOB_LABEL.RECORD_REF);
    }

    public Optional<StoredJob> job(DSLContext db, String jobId) {
        return jobs(db).where(PRINT_JOB.JOB_ID.eq(jobId)).fetchOptional(PrintAgentStore::job);
    }

    /** The job locked until the caller's transaction ends. */
    public Optional<StoredJob> lockJob(DSLContext transaction, String jobId) {
        return jobs(transaction).where(PRINT_JOB.JOB_ID.eq(jobId)).forUpdate().fetchOptional(PrintAgentStore::job);
    }

    /**
     * The job the agent should work on next, locked: one it was already given and has not reported (its journal
     * knows how far it got), else the oldest queued one.
     */
    public Optional<StoredJob> lockNextJob(DSLContext transaction, long agentId) {
        return jobs(transaction).where(PRINT_JOB.AGENT_ID.eq(agentId))
                .and(PRINT_JOB.STATE.in(column(PrintJobState.PRINTING), column(PrintJobState.QUEUED)))
                .orderBy(PRINT_JOB.STATE.eq(column(PrintJobState.PRINTING)).desc(), PRINT_JOB.ID)
                .limit(1).forUpdate().fetchOptional(PrintAgentStore::job);
    }

    public List<StoredJob> jobsOfBatch(DSLContext db, long labelBatchKey) {
        return jobs(db).where(PRINT_JOB.LABEL_BATCH_ID.eq(labelBatchKey)).orderBy(PRINT_JOB.ID.desc())
                .fetch(PrintAgentStore::job);
    }

    public List<StoredJob> recentJobsOfAgent(DSLContext db, long agentId, int limit) {
        return jobs(db).where(PRINT_JOB.AGENT_ID.eq(agentId)).orderBy(PRINT_JOB.ID.desc()).limit(limit)
                .fetch(PrintAgentStore::job);
    }

    public int waitingJobs(DSLContext db, long agentId) {
        return db.fetchCount(PRINT_JOB, PRINT_JOB.AGENT_ID.eq(agentId)
                .and(PRINT_JOB.STATE.in(column(PrintJobState.QUEUED), column(PrintJobState.PRINTING))));
    }

    public void update(DSLContext transaction, long id, PrintJobState state, int sentThrough, String message) {
        transaction.update(PRINT_JOB)
                .set(PRINT_JOB.STATE, column(state))
                .set(PRINT_JOB.SENT_THROUGH, sentThrough)
                .set(PRINT_JOB.MESSAGE, message)
                .set(PRINT_JOB.UPDATED_AT, now())
                .where(PRINT_JOB.ID.eq(id)).execute();
    }

    private static SelectOnConditionStep<Record> jobs(DSLContext db) {
        return db.select(PRINT_JOB.fields()).select(LABEL_BATCH.BATCH_ID).from(PRINT_JOB)
                .leftJoin(LABEL_BATCH).on(LABEL_BATCH.ID.eq(PRINT_JOB.LABEL_BATCH_ID));
    }

    private static StoredAgent agent(PrintAgentRecord row) {
        return new StoredAgent(row.getId(), row.getOrganisationId(), row.getName(), row.getLanguage().name(),
                row.getStock(), row.getDpi(), row.getCreatedAt(), row.getRevokedAt(), row.getLastSeenAt());
    }

    private static StoredJob job(Record row) {
        return new StoredJob(row.get(PRINT_JOB.ID), row.get(PRINT_JOB.JOB_ID), row.get(PRINT_JOB.AGENT_ID),
                PrintJobSource.valueOf(row.get(PRINT_JOB.SOURCE).name()), row.get(PRINT_JOB.LABEL_BATCH_ID),
                row.get(LABEL_BATCH.BATCH_ID), row.get(PRINT_JOB.DESCRIPTION), row.get(PRINT_JOB.FIRST_POSITION),
                row.get(PRINT_JOB.LAST_POSITION), PrintJobState.valueOf(row.get(PRINT_JOB.STATE).name()),
                row.get(PRINT_JOB.SENT_THROUGH), row.get(PRINT_JOB.MESSAGE), row.get(PRINT_JOB.CREATED_BY),
                row.get(PRINT_JOB.CREATED_AT), row.get(PRINT_JOB.UPDATED_AT));
    }

    private static vn.xuatxu.api.db.enums.PrintJobState column(PrintJobState state) {
        return vn.xuatxu.api.db.enums.PrintJobState.valueOf(state.name());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

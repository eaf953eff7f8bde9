package vn.xuatxu.api.passport.export.application;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where each running or recent bulk export stands (rows written of the total counted at its start), so the
 * person or program downloading it, or a page beside the download, can poll
 * {@code GET /api/v1/exports/{id}}. Kept in memory for an hour after an export ends: a progress report is
 * useful while the download runs, not as a record (the portal push keeps its own log in the database).
 */
@Singleton
public final class ExportProgress {

    private static final Duration KEPT = Duration.ofHours(1);

    /** The states of an export. */
    public enum State { RUNNING, DONE, FAILED }

    /** What a poll answers. */
    public record Report(String id, State state, long total, long done, Instant startedAt, Instant endedAt) {
    }

    /** One export's counters; only the export that owns it writes to it. */
    public static final class Job {
        private final String id;
        private final long userId;
        private final long total;
        private final Instant startedAt;
        private final AtomicLong done = new AtomicLong();
        private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
        private volatile Instant endedAt;

        Job(String id, long userId, long total, Instant startedAt) {
            this.id = id;
            this.userId = userId;
            this.total = total;
            this.startedAt = startedAt;
        }

        public String id() {
            return id;
        }

        void advance(long rows) {
            done.addAndGet(rows);
        }

        void end(State outcome, Instant at) {
            if (state.compareAndSet(State.RUNNING, outcome)) {
                endedAt = at;
            }
        }

        Report report() {
            return new Report(id, state.get(), total, done.get(), startedAt, endedAt);
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ExportProgress(Clock clock) {
        this.clock = clock;
    }

    Job start(long userId, long total) {
        Instant now = clock.instant();
        jobs.values().removeIf(job -> job.endedAt != null && job.endedAt.plus(KEPT).isBefore(now));
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        Job job = new Job(HexFormat.of().formatHex(bytes), userId, total, now);
        jobs.put(job.id, job);
        return job;
    }

    void finish(Job job, State outcome) {
        job.end(outcome, clock.instant());
    }

    /** The report of an export started by this user; another user's export is not found. */
    public Optional<Report> report(long userId, String id) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.userId == userId).map(Job::report);
    }
}

package vn.xuatxu.api.ledger;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers outbox entries to the ledger in the order they were written. An entry the ledger cannot take
 * now holds back the ones behind it (a lot must not reach the ledger before its product), and is retried
 * with back-off; an entry the contract refuses is closed as failed and its record says why.
 */
@Singleton
@Requires(beans = Ledger.class)
public final class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final DSLContext db;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Map<Outbox.SubjectType, OutboxSubject> subjects;
    private final int batchSize;
    private final MeterRegistry metrics;

    OutboxRelay(DSLContext db, Ledger ledger, Outbox outbox, List<OutboxSubject> subjects,
                @Value("${xuatxu.ledger.outbox.batch-size:50}") int batchSize, MeterRegistry metrics) {
        this.db = db;
        this.ledger = ledger;
        this.outbox = outbox;
        this.subjects = subjects.stream().collect(Collectors.toMap(OutboxSubject::type, Function.identity()));
        this.batchSize = batchSize;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelay = "${xuatxu.ledger.outbox.poll-interval:250ms}", initialDelay = "1s")
    void relayScheduled() {
        try {
            relay();
        } catch (RuntimeException e) {
            LOG.warn("Outbox relay pass failed, will retry: {}", e.getMessage());
        }
    }

    /** Delivers what is due now; returns how many entries were closed. Safe to call at any time. */
    public synchronized int relay() {
        int closed = 0;
        for (Outbox.Entry entry : outbox.pending(db, batchSize)) {
            if (!outbox.isDue(entry)) {
                break;
            }
            SubmitOutcome outcome;
            long started = System.nanoTime();
            try {
                outcome = ledger.submit(entry.transaction());
                submitted(entry, outcome instanceof SubmitOutcome.Committed ? "committed" : "rejected", started);
            } catch (LedgerUnavailableException e) {
                submitted(entry, "unavailable", started);
                LOG.warn("Ledger unavailable for outbox entry {} ({}), attempt {}: {}", entry.id(),
                        entry.transaction().function(), entry.attempts() + 1, e.getMessage());
                outbox.postpone(db, entry, e.getMessage());
                break;
            }
            if (outcome instanceof SubmitOutcome.Rejected rejected) {
                LOG.warn("Ledger refused outbox entry {} ({}): {} {}", entry.id(), entry.transaction().function(),
                        rejected.code(), rejected.message());
            }
            db.transaction(configuration -> {
                DSLContext transaction = configuration.dsl();
                outbox.markDelivered(transaction, entry.id(), outcome);
                OutboxSubject subject = subjects.get(entry.subjectType());
                if (subject != null && entry.subjectId() != null) {
                    subject.recordOutcome(transaction, entry.subjectId(), outcome);
                }
            });
            closed++;
        }
        return closed;
    }

    /** Ledger commit latency as the relay sees it, by contract function and outcome. */
    private void submitted(Outbox.Entry entry, String outcome, long startedNanos) {
        Timer.builder("xuatxu.ledger.submit")
                .description("Time from submitting an outbox entry to the ledger until it is committed or refused")
                .tag("function", entry.transaction().function())
                .tag("outcome", outcome)
                .register(metrics)
                .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }
}

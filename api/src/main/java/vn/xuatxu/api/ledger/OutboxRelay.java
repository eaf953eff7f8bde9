package vn.xuatxu.api.ledger;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers outbox entries to the ledger in the order they were written. An entry the ledger cannot take
 * now holds back the ones behind it (a lot must not reach the ledger before its product), and is retried
 * with back-off; an entry the contract refuses is closed as failed and its record says why.
 *
 * <p>Throughput: a run of consecutive entries that cannot depend on each other (lot registrations: each
 * creates its own lot, and what it needs, its product, was written before the run) is submitted at once,
 * so the ledger orders them into one block with one {@code fsync} (the embedded ledger's group commit;
 * Fabric's batching) instead of one block per entry, and their outcomes are recorded in one database
 * transaction. Everything else still goes one entry at a time, and nothing after a run is submitted
 * before the whole run is answered. A pass that found a full batch starts the next one at once.
 */
@Singleton
@Requires(beans = Ledger.class)
public final class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    /**
     * Contract functions whose consecutive entries are independent: each registers a new record under its
     * own key (a repeated one is idempotent), so their order within a run does not matter.
     */
    private static final Set<String> INDEPENDENT_IN_A_RUN = Set.of("registerLot");

    private final DSLContext db;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Map<Outbox.SubjectType, OutboxSubject> subjects;
    private final int batchSize;
    private final MeterRegistry metrics;
    private final ExecutorService submitters;

    OutboxRelay(DSLContext db, Ledger ledger, Outbox outbox, List<OutboxSubject> subjects,
                @Value("${xuatxu.ledger.outbox.batch-size:50}") int batchSize, MeterRegistry metrics) {
        this.db = db;
        this.ledger = ledger;
        this.outbox = outbox;
        this.subjects = subjects.stream().collect(Collectors.toMap(OutboxSubject::type, Function.identity()));
        this.batchSize = batchSize;
        this.metrics = metrics;
        this.submitters = Executors.newFixedThreadPool(batchSize, runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay-submitter");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(fixedDelay = "${xuatxu.ledger.outbox.poll-interval:250ms}", initialDelay = "1s")
    void relayScheduled() {
        try {
            while (relay() == batchSize) {
                // a full batch was delivered: more are probably due, so go on without the pause
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox relay pass failed, will retry: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        submitters.shutdownNow();
    }

    /** What the ledger answered for one entry: an outcome, or that it could not be reached. */
    private record Delivery(Outbox.Entry entry, SubmitOutcome outcome, LedgerUnavailableException unavailable) {
    }

    /** Delivers what is due now; returns how many entries were closed. Safe to call at any time. */
    public synchronized int relay() {
        List<Outbox.Entry> due = new ArrayList<>();
        for (Outbox.Entry entry : outbox.pending(db, batchSize)) {
            if (!outbox.isDue(entry)) {
                break;
            }
            due.add(entry);
        }
        int closed = 0;
        int next = 0;
        while (next < due.size()) {
            int end = next + 1;
            while (end < due.size() && independent(due.get(next)) && independent(due.get(end))) {
                end++;
            }
            List<Delivery> deliveries = deliver(due.subList(next, end));
            closed += record(deliveries);
            if (deliveries.stream().anyMatch(delivery -> delivery.unavailable() != null)) {
                break;
            }
            next = end;
        }
        return closed;
    }

    private static boolean independent(Outbox.Entry entry) {
        return INDEPENDENT_IN_A_RUN.contains(entry.transaction().function());
    }

    /** Submits a run: one entry in this thread, several at once so the ledger can put them in one block. */
    private List<Delivery> deliver(List<Outbox.Entry> run) {
        if (run.size() == 1) {
            return List.of(submit(run.get(0)));
        }
        List<CompletableFuture<Delivery>> futures = run.stream()
                .map(entry -> CompletableFuture.supplyAsync(() -> submit(entry), submitters))
                .toList();
        List<Delivery> deliveries = new ArrayList<>();
        RuntimeException failure = null;
        for (CompletableFuture<Delivery> future : futures) {
            try {
                deliveries.add(future.join());
            } catch (CompletionException e) {
                failure = e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        if (failure != null) {
            // Record what the ledger did take, as a pass one by one would have, then report the failure.
            record(deliveries);
            throw failure;
        }
        return deliveries;
    }

    private Delivery submit(Outbox.Entry entry) {
        long started = System.nanoTime();
        try {
            SubmitOutcome outcome = ledger.submit(entry.transaction());
            submitted(entry, outcome instanceof SubmitOutcome.Committed ? "committed" : "rejected", started);
            return new Delivery(entry, outcome, null);
        } catch (LedgerUnavailableException e) {
            submitted(entry, "unavailable", started);
            return new Delivery(entry, null, e);
        }
    }

    /**
     * Closes the answered entries and their records in one transaction; postpones those the ledger could not
     * take. Returns how many were closed.
     */
    private int record(List<Delivery> deliveries) {
        List<Delivery> answered = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            Outbox.Entry entry = delivery.entry();
            if (delivery.unavailable() != null) {
                LOG.warn("Ledger unavailable for outbox entry {} ({}), attempt {}: {}", entry.id(),
                        entry.transaction().function(), entry.attempts() + 1, delivery.unavailable().getMessage());
                outbox.postpone(db, entry, delivery.unavailable().getMessage());
            } else {
                if (delivery.outcome() instanceof SubmitOutcome.Rejected rejected) {
                    LOG.warn("Ledger refused outbox entry {} ({}): {} {}", entry.id(), entry.transaction().function(),
                            rejected.code(), rejected.message());
                }
                answered.add(delivery);
            }
        }
        if (!answered.isEmpty()) {
            db.transaction(configuration -> {
                DSLContext transaction = configuration.dsl();
                for (Delivery delivery : answered) {
                    outbox.markDelivered(transaction, delivery.entry().id(), delivery.outcome());
                    OutboxSubject subject = subjects.get(delivery.entry().subjectType());
                    if (subject != null && delivery.entry().subjectId() != null) {
                        subject.recordOutcome(transaction, delivery.entry().subjectId(), delivery.outcome());
                    }
                }
            });
        }
        return answered.size();
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

package vn.xuatxu.label.agent;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import vn.xuatxu.label.status.StatusQuery;
import vn.xuatxu.label.transport.PrinterException;
import vn.xuatxu.label.transport.PrinterTransport;
import vn.xuatxu.label.transport.StatusReply;

/**
 * Jobs in arrival order, sent one at a time by a single worker thread.
 *
 * <p>One worker because a printer prints one job at a time and many accept only one raw
 * connection; order matters to the people peeling labels. A job is retried only while nothing of
 * it has reached the printer, so a retry can never print a label twice. A status request takes the
 * same printer lock as a job, so it never opens a second connection during a job.
 */
final class PrintQueue implements AutoCloseable {

    /** Finished jobs remembered for GET /jobs/{id}. */
    private static final int HISTORY = 10_000;
    private static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(1);

    private final PrinterTransport printer;
    private final int maxAttempts;
    private final Duration retryDelay;
    private final BlockingQueue<PrintJob> waiting;
    private final Map<String, PrintJob> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PrintJob> eldest) {
            return size() > HISTORY && eldest.getValue().state().finished();
        }
    };
    private final Map<String, String> byIdempotencyKey = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > HISTORY;
        }
    };
    private final ReentrantLock printerLock = new ReentrantLock(true);
    private final SecureRandom random = new SecureRandom();
    private final Thread worker;

    PrintQueue(PrinterTransport printer, int maxQueued, int maxAttempts, Duration retryDelay) {
        this.printer = printer;
        this.maxAttempts = maxAttempts;
        this.retryDelay = retryDelay;
        this.waiting = new LinkedBlockingQueue<>(maxQueued);
        this.worker = new Thread(this::work, "print-agent-worker");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** The result of a submission. */
    sealed interface Submission {
        record Accepted(PrintJob job) implements Submission {
        }

        /** Same idempotency key as an earlier job: that job, nothing new queued. */
        record Duplicate(PrintJob job) implements Submission {
        }

        record QueueFull(int waiting) implements Submission {
        }
    }

    synchronized Submission submit(byte[] bytes, int copies, String source, String idempotencyKey) {
        if (idempotencyKey != null) {
            String earlier = byIdempotencyKey.get(idempotencyKey);
            if (earlier != null && jobs.containsKey(earlier)) {
                return new Submission.Duplicate(jobs.get(earlier));
            }
        }
        PrintJob job = new PrintJob(newId(), bytes, copies, source, Instant.now());
        if (!waiting.offer(job)) {
            return new Submission.QueueFull(waiting.size());
        }
        jobs.put(job.id(), job);
        if (idempotencyKey != null) {
            byIdempotencyKey.put(idempotencyKey, job.id());
        }
        return new Submission.Accepted(job);
    }

    synchronized Optional<PrintJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    int waitingJobs() {
        return waiting.size();
    }

    /**
     * Asks the printer for its status, unless a job holds the printer for longer than {@code patience}.
     *
     * @return empty if the printer was busy with a job
     */
    Optional<StatusReply> status(StatusQuery query, Duration patience) throws PrinterException, InterruptedException {
        if (!printerLock.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(printer.status(query));
        } finally {
            printerLock.unlock();
        }
    }

    private void work() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                print(waiting.take());
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void print(PrintJob job) throws InterruptedException {
        Duration delay = retryDelay;
        for (int attempt = 1; ; attempt++) {
            job.moveTo(new JobState.Sending(attempt), Instant.now());
            PrinterException failure;
            printerLock.lockInterruptibly();
            try {
                printer.send(job.bytes());
                job.moveTo(new JobState.Sent(attempt, Instant.now()), Instant.now());
                return;
            } catch (PrinterException e) {
                failure = e;
            } finally {
                printerLock.unlock();
            }
            if (failure.bytesSent() > 0 || attempt >= maxAttempts) {
                job.moveTo(new JobState.Failed(attempt, failure.failure(), failure.getMessage(), failure.bytesSent()),
                        Instant.now());
                return;
            }
            Instant next = Instant.now().plus(delay);
            job.moveTo(new JobState.Retrying(attempt, failure.failure(), failure.getMessage(), next), Instant.now());
            Thread.sleep(delay.toMillis());
            delay = delay.multipliedBy(2).compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay.multipliedBy(2);
        }
    }

    private String newId() {
        byte[] id = new byte[8];
        random.nextBytes(id);
        return "job-" + HexFormat.of().formatHex(id);
    }

    @Override
    public void close() {
        worker.interrupt();
    }
}

package vn.xuatxu.label.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import vn.xuatxu.label.transport.PrinterException;

/** {@link PullAgent} over the server's {@code /api/v1/print-agent} endpoints with the JDK's HTTP client. */
final class ServerPullAgent implements PullAgent {

    private static final System.Logger LOG = System.getLogger(ServerPullAgent.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    private static final String TOKEN_HEADER = "X-Agent-Token";

    /** A job as the server offers it: print batch positions {@code first}–{@code last}, after {@code sentThrough}. */
    record Offer(String jobId, int first, int last, int sentThrough) {
    }

    private final PullSettings settings;
    private final JobJournal journal;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Thread worker;
    private volatile boolean running = true;

    private ServerPullAgent(PullSettings settings, JobJournal journal) {
        this.settings = settings;
        this.journal = journal;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.worker = new Thread(this::run, "print-agent-pull");
        this.worker.setDaemon(true);
    }

    static ServerPullAgent start(PullSettings settings) throws IOException {
        ServerPullAgent agent = new ServerPullAgent(settings, JobJournal.open(settings.journal()));
        agent.worker.start();
        return agent;
    }

    @Override
    public void close() {
        running = false;
        worker.interrupt();
        try {
            worker.join(Duration.ofSeconds(30).toMillis());
            journal.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the print journal: " + e.getMessage());
        }
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        while (running) {
            try {
                Optional<Offer> offer = next();
                backoff = Duration.ofSeconds(1);
                if (offer.isPresent()) {
                    handle(offer.get());
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (IOException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, "server " + settings.server() + ": " + e.getMessage()
                        + "; asking again in " + backoff.toSeconds() + " s");
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException stopping) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Prints what is left of one job. The journal decides: a job finished before is only reported again, a job
     * whose last send was cut off is reported interrupted and not sent again.
     */
    private void handle(Offer job) throws IOException, InterruptedException {
        Optional<JobJournal.Entry> known = journal.find(job.jobId());
        if (known.isPresent() && known.get().finished()) {
            report(job.jobId(), known.get().outcome(), known.get().sentThrough(), "Báo lại sau khi mất kết nối.");
            return;
        }
        if (known.isPresent() && known.get().inFlight()) {
            JobJournal.Entry cut = known.get();
            journal.end(job.jobId(), JobOutcome.INTERRUPTED, cut.sentThrough());
            report(job.jobId(), JobOutcome.INTERRUPTED, cut.sentThrough(), uncertain(cut.beganFirst(), cut.beganLast()));
            return;
        }
        int sentThrough = Math.max(job.sentThrough(), known.map(JobJournal.Entry::sentThrough).orElse(0));
        int next = Math.max(job.first(), sentThrough + 1);
        while (next <= job.last()) {
            int last = Math.min(job.last(), next + settings.chunkLabels() - 1);
            byte[] labels = fetch(job.jobId(), next, last);
            Optional<JobOutcome> stopped = labels.length == 0 ? Optional.empty() : send(job.jobId(), next, last, labels);
            if (stopped.isPresent()) {
                return;
            }
            journal.sent(job.jobId(), last);
            progress(job.jobId(), last, null);
            next = last + 1;
        }
        journal.end(job.jobId(), JobOutcome.PRINTED, job.last());
        report(job.jobId(), JobOutcome.PRINTED, job.last(), null);
    }

    /** Sends one chunk with retries while nothing of it reached the printer; the outcome if the job stops here. */
    private Optional<JobOutcome> send(String jobId, int first, int last, byte[] labels)
            throws IOException, InterruptedException {
        Duration delay = settings.retryDelay();
        for (int attempt = 1; ; attempt++) {
            journal.begin(jobId, first, last);
            try {
                settings.printer().send(labels);
                return Optional.empty();
            } catch (PrinterException e) {
                if (e.bytesSent() > 0) {
                    journal.end(jobId, JobOutcome.INTERRUPTED, first - 1);
                    report(jobId, JobOutcome.INTERRUPTED, first - 1, uncertain(first, last) + " " + e.getMessage());
                    return Optional.of(JobOutcome.INTERRUPTED);
                }
                journal.sent(jobId, first - 1); // nothing of this chunk left the agent
                if (attempt >= settings.maxAttempts() || !running) {
                    journal.end(jobId, JobOutcome.FAILED, first - 1);
                    report(jobId, JobOutcome.FAILED, first - 1, "Không gửi được tới máy in "
                            + settings.printer().target() + " (" + e.failure() + "): " + e.getMessage());
                    return Optional.of(JobOutcome.FAILED);
                }
                progress(jobId, first - 1, "Máy in chưa nhận (" + e.failure() + "), thử lại lần " + (attempt + 1)
                        + " sau " + delay.toSeconds() + " giây.");
                Thread.sleep(delay.toMillis());
                delay = delay.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay.multipliedBy(2);
            }
        }
    }

    private static String uncertain(int first, int last) {
        return "Tem số " + first + "–" + last + " có thể đã in hoặc chưa: hãy xem máy in rồi in tiếp từ tem đúng.";
    }

    private Optional<Offer> next() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("/jobs/next?wait=" + settings.pollWait().toSeconds())
                .timeout(settings.pollWait().plusSeconds(15)).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 204) {
            return Optional.empty();
        }
        JsonNode body = expectOk(response.statusCode(), response.body());
        return Optional.of(new Offer(body.path("jobId").asText(), body.path("firstPosition").asInt(),
                body.path("lastPosition").asInt(), body.path("sentThrough").asInt()));
    }

    private byte[] fetch(String jobId, int first, int last) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request("/jobs/" + jobId + "/labels?from=" + first + "&to=" + last)
                .timeout(Duration.ofMinutes(2)).header("Accept", HttpPrintAgent.RAW_JOB_TYPE + ", application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            expectOk(response.statusCode(), new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.body();
    }

    /** Best effort: a lost progress report is corrected by the final report. */
    private void progress(String jobId, int sentThrough, String message) throws InterruptedException {
        try {
            post("/jobs/" + jobId + "/progress", Map.of("sentThrough", sentThrough, "message", message == null ? "" : message));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "progress report lost: " + e.getMessage());
        }
    }

    /** Reports the end of a job; if the server cannot be reached it offers the job again later, and the journal answers. */
    private void report(String jobId, JobOutcome outcome, int sentThrough, String message)
            throws IOException, InterruptedException {
        post("/jobs/" + jobId + "/result", Map.of("outcome", outcome.name(), "sentThrough", sentThrough,
                "message", message == null ? "" : message));
        LOG.log(System.Logger.Level.INFO, "job " + jobId + ": " + outcome + " through label " + sentThrough);
    }

    private void post(String path, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        expectOk(response.statusCode(), response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(settings.server() + "/api/v1/print-agent" + path))
                .header(TOKEN_HEADER, settings.token());
    }

    private JsonNode expectOk(int status, String body) throws IOException {
        if (status / 100 != 2) {
            String message = body;
            try {
                message = json.readTree(body).path("message").asText(body);
            } catch (IOException notJson) {
                // keep the raw body
            }
            throw new IOException("HTTP " + status + ": " + message);
        }
        return body.isEmpty() ? json.createObjectNode() : json.readTree(body);
    }
}

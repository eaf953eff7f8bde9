package vn.xuatxu.label.agent;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.status.PrinterStatus;
import vn.xuatxu.label.status.StatusQuery;
import vn.xuatxu.label.transport.PrinterException;
import vn.xuatxu.label.transport.StatusReply;

/** The agent on the JDK's built-in HTTP server: no framework, a few hundred KB of memory. */
final class HttpPrintAgent implements PrintAgent {

    static final String RAW_JOB_TYPE = "application/vnd.xuatxu.printer-job";
    static final String PNG_TYPE = "image/png";
    private static final int MAX_IDEMPOTENCY_KEY = 200;
    private static final Duration STATUS_PATIENCE = Duration.ofSeconds(2);

    private final AgentSettings settings;
    private final PrintQueue queue;
    private final HttpServer server;
    private final ExecutorService httpThreads;
    private final byte[] expectedAuthorization;

    HttpPrintAgent(AgentSettings settings) throws IOException {
        this.settings = settings;
        this.expectedAuthorization = ("Bearer " + settings.token()).getBytes(StandardCharsets.UTF_8);
        this.queue = new PrintQueue(settings.printer(), settings.maxQueuedJobs(), settings.maxAttempts(),
                settings.retryDelay());
        this.httpThreads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "print-agent-http");
            t.setDaemon(true);
            return t;
        });
        try {
            this.server = HttpServer.create(settings.listen(), 16);
        } catch (IOException e) {
            queue.close();
            httpThreads.shutdownNow();
            throw e;
        }
        server.setExecutor(httpThreads);
        server.createContext("/", this::handle);
        server.start();
    }

    @Override
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        queue.close();
        httpThreads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/health") && method.equals("GET")) {
                reply(exchange, 200, new JsonObject().put("status", "UP"));
                return;
            }
            if (!authorised(exchange)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"print-agent\"");
                reply(exchange, 401, error("unauthorised", "a valid 'Authorization: Bearer <token>' header is required"));
                return;
            }
            if (path.equals("/jobs") && method.equals("POST")) {
                submit(exchange);
            } else if (path.startsWith("/jobs/") && method.equals("GET")) {
                Optional<PrintJob> job = queue.find(path.substring("/jobs/".length()));
                if (job.isPresent()) {
                    reply(exchange, 200, describe(job.get()));
                } else {
                    reply(exchange, 404, error("not_found", "no such job (finished jobs are kept for the last 10000)"));
                }
            } else if (path.equals("/status") && method.equals("GET")) {
                status(exchange);
            } else if (path.equals("/jobs") || path.startsWith("/jobs/") || path.equals("/status")) {
                reply(exchange, 405, error("method_not_allowed", method + " is not supported on " + path));
            } else {
                reply(exchange, 404, error("not_found", "unknown path " + path));
            }
        } catch (RuntimeException e) {
            reply(exchange, 500, error("internal", e.toString()));
        }
    }

    private boolean authorised(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && MessageDigest.isEqual(expectedAuthorization, header.strip().getBytes(StandardCharsets.UTF_8));
    }

    private void submit(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI());
        int copies;
        try {
            copies = Integer.parseInt(query.getOrDefault("copies", "1"));
        } catch (NumberFormatException e) {
            reply(exchange, 400, error("bad_copies", "copies must be a whole number"));
            return;
        }
        if (copies < 1 || copies > PrinterLanguage.MAX_COPIES) {
            reply(exchange, 400, error("bad_copies", "copies must be 1–" + PrinterLanguage.MAX_COPIES));
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key != null && (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY)) {
            reply(exchange, 400, error("bad_idempotency_key", "Idempotency-Key must be 1–" + MAX_IDEMPOTENCY_KEY
                    + " characters"));
            return;
        }
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("")
                .split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals(PNG_TYPE) && !type.equals(RAW_JOB_TYPE)) {
            reply(exchange, 415, error("unsupported_media_type",
                    "send Content-Type " + PNG_TYPE + " (a rendered label) or " + RAW_JOB_TYPE + " (printer bytes)"));
            return;
        }
        Optional<byte[]> body = readBody(exchange);
        if (body.isEmpty()) {
            reply(exchange, 413, error("too_large", "the body exceeds " + settings.maxJobBytes() + " bytes"));
            return;
        }
        if (body.get().length == 0) {
            reply(exchange, 400, error("empty", "the body is empty"));
            return;
        }
        byte[] job;
        if (type.equals(PNG_TYPE)) {
            LabelImage label;
            try {
                label = LabelImage.fromPng(body.get());
            } catch (IllegalArgumentException e) {
                reply(exchange, 400, error("bad_label_image", e.getMessage()));
                return;
            }
            job = settings.language().encode(label, copies);
        } else {
            String language = query.get("language");
            if (language == null || !language.equalsIgnoreCase(settings.language().shortName())) {
                reply(exchange, 409, error("wrong_language", "this agent's printer speaks "
                        + settings.language().shortName() + "; raw jobs must say ?language="
                        + settings.language().shortName()));
                return;
            }
            long total = (long) body.get().length * copies;
            if (total > settings.maxJobBytes()) {
                reply(exchange, 413, error("too_large", copies + " copies make " + total + " bytes, more than "
                        + settings.maxJobBytes()));
                return;
            }
            ByteArrayOutputStream repeated = new ByteArrayOutputStream((int) total);
            for (int i = 0; i < copies; i++) {
                repeated.writeBytes(body.get());
            }
            job = repeated.toByteArray();
        }
        if (job.length > settings.maxJobBytes()) {
            reply(exchange, 413, error("too_large", "the encoded job has " + job.length + " bytes, more than "
                    + settings.maxJobBytes()));
            return;
        }
        PrintQueue.Submission submission = queue.submit(job, copies, type.equals(PNG_TYPE) ? "png" : "raw", key);
        if (submission instanceof PrintQueue.Submission.Accepted accepted) {
            exchange.getResponseHeaders().set("Location", "/jobs/" + accepted.job().id());
            reply(exchange, 202, describe(accepted.job()));
        } else if (submission instanceof PrintQueue.Submission.Duplicate duplicate) {
            exchange.getResponseHeaders().set("Location", "/jobs/" + duplicate.job().id());
            reply(exchange, 200, describe(duplicate.job()));
        } else if (submission instanceof PrintQueue.Submission.QueueFull full) {
            exchange.getResponseHeaders().set("Retry-After", "30");
            reply(exchange, 503, error("queue_full", full.waiting() + " jobs are waiting; try again later"));
        }
    }

    private void status(HttpExchange exchange) throws IOException {
        JsonObject body = new JsonObject()
                .put("printer", settings.printer().target())
                .put("language", settings.language().shortName())
                .put("waitingJobs", queue.waitingJobs());
        try {
            Optional<StatusReply> reply = queue.status(StatusQuery.forLanguage(settings.language()), STATUS_PATIENCE);
            if (reply.isEmpty()) {
                body.put("state", "BUSY").put("message", "the printer is busy with a job; ask again shortly");
            } else if (reply.get() instanceof StatusReply.Reported reported) {
                PrinterStatus status = reported.status();
                body.put("state", status.ready() ? "READY" : "NOT_READY")
                        .raw("conditions", conditions(status))
                        .put("reply", status.reply());
                status.labelsRemaining().ifPresent(n -> body.put("labelsRemaining", n));
            } else if (reply.get() instanceof StatusReply.NotSupported unsupported) {
                body.put("state", "UNKNOWN").put("message", unsupported.reason());
            }
        } catch (PrinterException e) {
            body.put("state", "UNREACHABLE").put("failure", e.failure().name()).put("message", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            body.put("state", "UNKNOWN").put("message", "interrupted");
        }
        reply(exchange, 200, body);
    }

    private static String conditions(PrinterStatus status) {
        StringBuilder array = new StringBuilder("[");
        status.conditions().stream().sorted().forEach(c -> {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append(JsonObject.quote(c.name()));
        });
        return array.append(']').toString();
    }

    static JsonObject describe(PrintJob job) {
        JobState state = job.state();
        JsonObject json = new JsonObject()
                .put("id", job.id())
                .put("state", state.name())
                .put("source", job.source())
                .put("copies", job.copies())
                .put("bytes", job.size())
                .put("created", job.created().toString())
                .put("updated", job.updated().toString());
        if (state instanceof JobState.Sending sending) {
            json.put("attempts", sending.attempt());
        } else if (state instanceof JobState.Retrying retrying) {
            json.put("attempts", retrying.attempts()).put("failure", retrying.lastFailure().name())
                    .put("message", retrying.lastMessage()).put("nextAttempt", retrying.nextAttempt().toString());
        } else if (state instanceof JobState.Sent sent) {
            json.put("attempts", sent.attempts());
        } else if (state instanceof JobState.Failed failed) {
            json.put("attempts", failed.attempts()).put("failure", failed.failure().name())
                    .put("message", failed.message()).put("bytesSent", failed.bytesSent());
        }
        return json;
    }

    /**
     * Reads the body within the size limit. A body somewhat over the limit is still read to its end and
     * discarded, so the client, still sending, gets the 413 instead of a reset connection; a body far over
     * the limit is not read, and the connection closes.
     */
    private Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        long drainLimit = 4L * settings.maxJobBytes();
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (declared != null) {
                try {
                    long length = Long.parseLong(declared.strip());
                    if (length > settings.maxJobBytes()) {
                        if (length <= drainLimit) {
                            in.transferTo(OutputStream.nullOutputStream());
                        }
                        return Optional.empty();
                    }
                } catch (NumberFormatException ignored) {
                    // the stream read below enforces the limit anyway
                }
            }
            byte[] body = in.readNBytes(settings.maxJobBytes() + 1);
            if (body.length > settings.maxJobBytes()) {
                byte[] discard = new byte[8192];
                long left = drainLimit;
                for (int read; left > 0 && (read = in.read(discard, 0, (int) Math.min(discard.length, left))) > 0; ) {
                    left -= read;
                }
                return Optional.empty();
            }
            return Optional.of(body);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static JsonObject error(String code, String message) {
        return new JsonObject().put("error", code).put("message", message);
    }

    private static void reply(HttpExchange exchange, int code, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

package vn.xuatxu.api.passport.export.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.xuatxu.api.passport.export.application.PassportPortal;
import vn.xuatxu.api.passport.export.domain.PassportRow;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pushes a batch as one JSON POST to a configured endpoint:
 * {@code {"batchId": "...", "sentAt": "...", "passports": [ {PassportRow fields}, ... ]}} with
 * {@code Authorization: Bearer <token>} and {@code Idempotency-Key: <batchId>}. A 2xx answer accepts the
 * batch; 408, 425, 429, 5xx and network failures are retried with exponential back-off (doubling from the
 * initial delay up to the maximum, honouring a {@code Retry-After} in seconds); any other answer refuses it.
 */
public final class HttpsPassportPortal implements PassportPortal {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Waits between attempts; tests pass a recording one. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final URI endpoint;
    private final String token;
    private final Duration requestTimeout;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Clock clock;
    private final Pause pause;
    private final HttpClient http;

    public HttpsPassportPortal(URI endpoint, String token, Duration connectTimeout, Duration requestTimeout,
                               int maxAttempts, Duration initialBackoff, Duration maxBackoff, Clock clock, Pause pause) {
        if (!"https".equals(endpoint.getScheme()) && !("http".equals(endpoint.getScheme()) && loopback(endpoint))) {
            throw new IllegalArgumentException("The portal endpoint must be https:// (http only on loopback): " + endpoint);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("xuatxu.portal.max-attempts must be at least 1");
        }
        this.endpoint = endpoint;
        this.token = token;
        this.requestTimeout = requestTimeout;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.clock = clock;
        this.pause = pause;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return "https";
    }

    @Override
    public Outcome push(Batch batch) {
        byte[] body = body(batch);
        Duration backoff = initialBackoff;
        Integer lastStatus = null;
        String lastReason = "";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Duration wait = backoff;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(requestTimeout)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("Idempotency-Key", batch.id())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                if (token != null && !token.isBlank()) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                String answer = truncate(response.body());
                if (status >= 200 && status < 300) {
                    return new Outcome.Accepted(attempt, status, answer);
                }
                if (!temporary(status)) {
                    return new Outcome.Refused(attempt, status, answer);
                }
                lastStatus = status;
                lastReason = "HTTP " + status + (answer.isEmpty() ? "" : ": " + answer);
                wait = retryAfter(response).orElse(backoff);
            } catch (IOException e) {
                lastStatus = null;
                lastReason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome.Unreachable(attempt, lastStatus, "Interrupted");
            }
            if (attempt < maxAttempts) {
                try {
                    pause.sleep(min(wait, maxBackoff));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Outcome.Unreachable(attempt, lastStatus, "Interrupted");
                }
                backoff = min(backoff.multipliedBy(2), maxBackoff);
            }
        }
        return new Outcome.Unreachable(maxAttempts, lastStatus, truncate(lastReason));
    }

    private byte[] body(Batch batch) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("batchId", batch.id());
        payload.put("sentAt", clock.instant().toString());
        payload.put("passports", batch.passports().stream().map(PassportRow::fields).toList());
        try {
            return JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A batch cannot be encoded", e);
        }
    }

    private static boolean temporary(int status) {
        return status == 408 || status == 425 || status == 429 || status >= 500;
    }

    private static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").filter(v -> v.matches("\\d{1,5}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String truncate(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() <= 500 ? value : value.substring(0, 500);
    }

    private static boolean loopback(URI uri) {
        try {
            return uri.getHost() != null && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

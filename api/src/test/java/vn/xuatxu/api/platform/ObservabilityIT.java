package vn.xuatxu.api.platform;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator watches: Prometheus metrics for the things that go wrong, and request ids in the logs. */
class ObservabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void metricsCoverRequestsOutboxLedgerAndLabelsAndAreForTheOperatorOnly() throws Exception {
        try (RunningApplication app = RunningApplication.start(Map.of("xuatxu.metrics.token", "scrape-token-for-tests"))) {
            String producer = "Bearer " + JSON.readTree(app.postJson("/api/v1/auth/login",
                    "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}").body()).path("accessToken").asText();
            JsonNode batch = JSON.readTree(app.postJson("/api/v1/lots/1/label-batches",
                    "{\"count\":3,\"acknowledgeIncomplete\":true}", "Authorization", producer).body());
            assertEquals(200, app.getBytes("/api/v1/label-batches/" + batch.path("batchId").asText()
                    + "/labels?format=zpl", "Authorization", producer).statusCode(), batch.toString());

            String metrics = awaitMetric(app, "xuatxu_ledger_submit_seconds_count");
            assertTrue(value(metrics, "xuatxu_labels_rendered_total\\{format=\"zpl\"") >= 3, metrics);
            assertTrue(metrics.contains("http_server_requests_seconds_count"), "request metrics");
            assertTrue(metrics.contains("xuatxu_outbox_waiting"), "outbox depth");
            assertTrue(metrics.contains("xuatxu_outbox_oldest_age_seconds"), "outbox age");
            assertTrue(metrics.contains("outcome=\"committed\""), "the demo data's writes were committed");

            assertEquals(403, app.get("/prometheus", "X-Forwarded-For", "203.0.113.9").statusCode(),
                    "a request relayed from elsewhere is not the operator");
            HttpResponse<String> withToken = app.get("/prometheus", "X-Forwarded-For", "203.0.113.9",
                    "Authorization", "Bearer scrape-token-for-tests");
            assertEquals(200, withToken.statusCode());
            assertEquals(403, app.get("/prometheus", "X-Forwarded-For", "203.0.113.9",
                    "Authorization", "Bearer wrong").statusCode());
        }
    }

    @Test
    void everyResponseAndItsLogLinesCarryTheRequestId() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try (RunningApplication app = RunningApplication.start(Map.of("xuatxu.test.broken-view", "true"))) {
            HttpResponse<String> health = app.get("/health");
            assertTrue(health.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f]{16}"),
                    "a new id when the caller offers none");
            assertEquals("proxy-id-12345678", app.get("/health", "X-Request-Id", "proxy-id-12345678")
                    .headers().firstValue("X-Request-Id").orElse(""), "a proxy's id is kept");
            assertTrue(app.get("/health", "X-Request-Id", "bad id; drop").headers().firstValue("X-Request-Id")
                    .orElse("").matches("[0-9a-f]{16}"), "an implausible id is replaced");

            HttpResponse<String> failed = app.get("/test-only/broken-view", "Accept", "text/html",
                    "X-Request-Id", "incident-req-0042");
            assertEquals(500, failed.statusCode());
            assertTrue(captured.list.stream().anyMatch(event -> event.getLoggerName().endsWith("EagerPageRendering")
                            && "incident-req-0042".equals(event.getMDCPropertyMap().get("requestId"))),
                    "the failure's log line names the request it was written for");
        } finally {
            root.detachAppender(captured);
        }
    }

    private static String awaitMetric(RunningApplication app, String name) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> scrape = app.get("/prometheus");
            assertEquals(200, scrape.statusCode(), "loopback scrapes need no token");
            if (scrape.body().contains(name) || Instant.now().isAfter(deadline)) {
                assertTrue(scrape.body().contains(name), scrape.body());
                return scrape.body();
            }
            Thread.sleep(250);
        }
    }

    private static double value(String metrics, String prefix) {
        Matcher line = Pattern.compile("(?m)^" + prefix + "[^}]*} ([0-9.eE+-]+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : -1;
    }
}

package vn.xuatxu.label.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.label.transport.FakeTcpPrinter;
import vn.xuatxu.label.transport.PrinterTransport;

/** The pulling agent against a small stand-in for the server's agent endpoints, printing to a fake TCP printer. */
class PullAgentTest {

    private static final String TOKEN = "xxpa_test-token-of-enough-length";

    @TempDir
    Path folder;

    private HttpServer server;
    private volatile String offered; // the job the server offers, as JSON, or null for none
    private final BlockingQueue<String> results = new LinkedBlockingQueue<>();
    private final List<String> fetched = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/print-agent/jobs", this::handle);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Agent-Token"))) {
                reply(exchange, 403, "{\"message\":\"bad token\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.endsWith("/next")) {
                String job = offered;
                if (job == null) {
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    reply(exchange, 200, job);
                }
            } else if (path.endsWith("/labels")) {
                Matcher range = Pattern.compile("from=(\\d+)&to=(\\d+)").matcher(exchange.getRequestURI().getQuery());
                assertTrue(range.find());
                fetched.add(range.group(1) + "-" + range.group(2));
                StringBuilder labels = new StringBuilder();
                for (int i = Integer.parseInt(range.group(1)); i <= Integer.parseInt(range.group(2)); i++) {
                    labels.append("^XA L").append(i).append(" ^XZ\n");
                }
                reply(exchange, 200, labels.toString());
            } else if (path.endsWith("/result")) {
                offered = null; // the server stops offering a finished job
                results.add(body);
                reply(exchange, 200, "{}");
            } else {
                reply(exchange, 200, "{}");
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private PullSettings settings(FakeTcpPrinter printer) {
        return PullSettings.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), TOKEN,
                PrinterTransport.tcp("127.0.0.1", printer.port()), folder.resolve("agent.journal"))
                .polling(Duration.ofSeconds(0), 3).retrying(1, Duration.ZERO);
    }

    @Test
    void printsAJobInChunksAndReportsItPrinted() throws Exception {
        try (FakeTcpPrinter printer = FakeTcpPrinter.recording()) {
            offered = "{\"jobId\":\"J1\",\"firstPosition\":1,\"lastPosition\":7,\"sentThrough\":0}";
            try (PullAgent agent = PullAgent.start(settings(printer))) {
                String result = results.poll(30, TimeUnit.SECONDS);
                assertTrue(result.contains("\"outcome\":\"PRINTED\"") && result.contains("\"sentThrough\":7"), result);
            }
            assertEquals(List.of("1-3", "4-6", "7-7"), fetched);
            StringBuilder printed = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                printed.append(new String(printer.nextConnection(), StandardCharsets.US_ASCII));
            }
            for (int label = 1; label <= 7; label++) {
                assertEquals(1, printed.toString().split("L" + label + " ", -1).length - 1, "label " + label + " once");
            }
        }
    }

    @Test
    void aSendCutOffByACrashIsReportedInterruptedAndNotSentAgain() throws Exception {
        Files.writeString(folder.resolve("agent.journal"), "BEGIN J1 1 3\nSENT J1 3\nBEGIN J1 4 6\n");
        try (FakeTcpPrinter printer = FakeTcpPrinter.recording()) {
            offered = "{\"jobId\":\"J1\",\"firstPosition\":1,\"lastPosition\":7,\"sentThrough\":3}";
            try (PullAgent agent = PullAgent.start(settings(printer))) {
                String result = results.poll(30, TimeUnit.SECONDS);
                assertTrue(result.contains("\"outcome\":\"INTERRUPTED\"") && result.contains("\"sentThrough\":3"), result);
                assertTrue(result.contains("4–6"), result);
            }
            assertTrue(fetched.isEmpty(), "nothing fetched, nothing printed: " + fetched);
            assertNull(printer.nextConnection(Duration.ofMillis(300)));
        }
    }

    @Test
    void aFinishedJobWhoseReportWasLostIsReportedAgainWithoutPrinting() throws Exception {
        Files.writeString(folder.resolve("agent.journal"), "BEGIN J1 1 7\nSENT J1 7\nEND J1 PRINTED 7\n");
        try (FakeTcpPrinter printer = FakeTcpPrinter.recording()) {
            offered = "{\"jobId\":\"J1\",\"firstPosition\":1,\"lastPosition\":7,\"sentThrough\":0}";
            try (PullAgent agent = PullAgent.start(settings(printer))) {
                String result = results.poll(30, TimeUnit.SECONDS);
                assertTrue(result.contains("\"outcome\":\"PRINTED\""), result);
            }
            assertTrue(fetched.isEmpty());
            assertNull(printer.nextConnection(Duration.ofMillis(300)));
        }
    }

    @Test
    void anUnreachablePrinterFailsTheJobWithNothingSent() throws Exception {
        FakeTcpPrinter gone = FakeTcpPrinter.recording();
        gone.close(); // nothing listens on its port any more
        offered = "{\"jobId\":\"J2\",\"firstPosition\":1,\"lastPosition\":2,\"sentThrough\":0}";
        try (PullAgent agent = PullAgent.start(settings(gone))) {
            String result = results.poll(30, TimeUnit.SECONDS);
            assertTrue(result.contains("\"outcome\":\"FAILED\"") && result.contains("\"sentThrough\":0"), result);
        }
    }
}

package vn.xuatxu.label.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.language.ZplJobReader;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.layout.QrReadBack;
import vn.xuatxu.label.layout.SampleLabels;
import vn.xuatxu.label.transport.FakeTcpPrinter;
import vn.xuatxu.label.transport.PrinterTransport;
import vn.xuatxu.label.transport.Timeouts;

/** The agent end to end over loopback: HTTP client → agent → raw TCP → fake printer. */
class PrintAgentTest {

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));

    private final HttpClient http = HttpClient.newHttpClient();
    private PrintAgent agent;
    private FakeTcpPrinter printer;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        if (agent != null) {
            agent.close();
        }
        if (printer != null) {
            printer.close();
        }
    }

    private String start(PrinterTransport transport, int attempts) throws Exception {
        agent = PrintAgent.start(AgentSettings.of(transport, PrinterLanguage.zpl(), TOKEN)
                .listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .retrying(attempts, Duration.ofMillis(20))
                .limitedTo(256 * 1024, 100));
        return "http://127.0.0.1:" + agent.address().getPort();
    }

    private HttpResponse<String> post(String url, String type, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\"([^\"]*)\"|[0-9]+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    /** Polls the job until it is finished; bounded by a count, nothing is timed. */
    private String awaitFinished(String base, String id) throws Exception {
        for (int i = 0; i < 500; i++) {
            String body = get(base + "/jobs/" + id).body();
            String state = field(body, "state");
            if (state.equals("SENT") || state.equals("FAILED")) {
                return body;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    @Test
    void aLabelPngIsEncodedInThePrintersLanguageQueuedAndSent() throws Exception {
        printer = FakeTcpPrinter.recording();
        String base = start(PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT), 1);
        LabelImage label = LabelLayout.of(LabelStock.MM_50_X_30, PrintDensity.DPI_203).render(SampleLabels.coffeeUnit());

        HttpResponse<String> accepted = post(base + "/jobs?copies=2", "image/png", label.toPng(),
                Map.of("Authorization", "Bearer " + TOKEN));

        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = field(accepted.body(), "id");
        assertEquals("/jobs/" + id, accepted.headers().firstValue("Location").orElseThrow());
        String done = awaitFinished(base, id);
        assertEquals("SENT", field(done, "state"), done);
        assertEquals("png", field(done, "source"));
        ZplJobReader.Job job = ZplJobReader.read(printer.nextConnection());
        assertEquals(2, job.copies());
        assertArrayEquals(label.packedRows(), job.raster().packed(), "the printer gets the very bitmap of the PNG");
        assertEquals(SampleLabels.UNIT_URI, QrReadBack.wholeLabel(job.raster().toImage()).getText());
    }

    @Test
    void rawJobsArePrintedInTheOrderTheyArrive() throws Exception {
        printer = FakeTcpPrinter.recording();
        String base = start(PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT), 1);
        String[] ids = new String[5];
        for (int i = 0; i < ids.length; i++) {
            HttpResponse<String> r = post(base + "/jobs?language=zpl", "application/vnd.xuatxu.printer-job",
                    ("^XA^FDjob " + i + "^FS^XZ").getBytes(StandardCharsets.US_ASCII),
                    Map.of("Authorization", "Bearer " + TOKEN));
            assertEquals(202, r.statusCode(), r.body());
            ids[i] = field(r.body(), "id");
        }
        for (int i = 0; i < ids.length; i++) {
            assertEquals("SENT", field(awaitFinished(base, ids[i]), "state"));
            assertEquals("^XA^FDjob " + i + "^FS^XZ", new String(printer.nextConnection(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void theSameIdempotencyKeyQueuesTheJobOnce() throws Exception {
        printer = FakeTcpPrinter.recording();
        String base = start(PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT), 1);
        Map<String, String> headers = Map.of("Authorization", "Bearer " + TOKEN, "Idempotency-Key", "batch-42/label-7");
        byte[] job = "^XA^XZ".getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> first = post(base + "/jobs?language=zpl", "application/vnd.xuatxu.printer-job", job, headers);
        HttpResponse<String> again = post(base + "/jobs?language=zpl", "application/vnd.xuatxu.printer-job", job, headers);

        assertEquals(202, first.statusCode());
        assertEquals(200, again.statusCode(), "a repeated submission is answered with the existing job");
        assertEquals(field(first.body(), "id"), field(again.body(), "id"));
    }

    @Test
    void requestsWithoutTheRightTokenAreRefused() throws Exception {
        printer = FakeTcpPrinter.recording();
        String base = start(PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT), 1);
        byte[] job = "^XA^XZ".getBytes(StandardCharsets.US_ASCII);

        assertEquals(401, post(base + "/jobs?language=zpl", "application/vnd.xuatxu.printer-job", job, Map.of()).statusCode());
        HttpResponse<String> wrong = post(base + "/jobs?language=zpl", "application/vnd.xuatxu.printer-job", job,
                Map.of("Authorization", "Bearer " + TOKEN + "x"));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
        assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "health needs no token");
    }

    @Test
    void badRequestsAreRefusedWithAReason() throws Exception {
        printer = FakeTcpPrinter.recording();
        String base = start(PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT), 1);
        Map<String, String> auth = Map.of("Authorization", "Bearer " + TOKEN);
        byte[] job = "^XA^XZ".getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> tooLarge = post(base + "/jobs?language=zpl", "application/vnd.xuatxu.printer-job",
                new byte[256 * 1024 + 1], auth);
        HttpResponse<String> tooManyCopies = post(base + "/jobs?language=zpl&copies=10000",
                "application/vnd.xuatxu.printer-job", job, auth);
        HttpResponse<String> copiesOverLimit = post(base + "/jobs?language=zpl&copies=9000",
                "application/vnd.xuatxu.printer-job", new byte[100], auth);
        HttpResponse<String> wrongLanguage = post(base + "/jobs?language=tspl", "application/vnd.xuatxu.printer-job",
                job, auth);
        HttpResponse<String> notALabel = post(base + "/jobs", "image/png", job, auth);
        HttpResponse<String> unknownType = post(base + "/jobs", "application/pdf", job, auth);

        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals(400, tooManyCopies.statusCode(), tooManyCopies.body());
        assertEquals(413, copiesOverLimit.statusCode(), copiesOverLimit.body());
        assertEquals(409, wrongLanguage.statusCode(), wrongLanguage.body());
        assertEquals("wrong_language", field(wrongLanguage.body(), "error"));
        assertEquals(400, notALabel.statusCode(), notALabel.body());
        assertEquals(415, unknownType.statusCode(), unknownType.body());
        assertEquals(404, get(base + "/jobs/job-0000").statusCode());
    }

    @Test
    void anUnreachablePrinterIsRetriedThenTheJobFails() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String base = start(PrinterTransport.tcp("127.0.0.1", port, SHORT), 3);

        HttpResponse<String> r = post(base + "/jobs?language=zpl", "application/vnd.xuatxu.printer-job",
                "^XA^XZ".getBytes(StandardCharsets.US_ASCII), Map.of("Authorization", "Bearer " + TOKEN));
        String done = awaitFinished(base, field(r.body(), "id"));

        assertEquals("FAILED", field(done, "state"), done);
        assertEquals("REFUSED", field(done, "failure"));
        assertEquals("3", field(done, "attempts"));
        assertEquals("0", field(done, "bytesSent"));
    }

    @Test
    void statusReportsWhatThePrinterSays() throws Exception {
        byte[] headOpen = ("\u0002030,0,0,0240,000,0,0,0,000,0,0,0\u0003\r\n"
                + "\u0002001,0,1,0,1,2,4,0,00000000,1,000\u0003\r\n\u00021234,0\u0003\r\n").getBytes(StandardCharsets.US_ASCII);
        printer = FakeTcpPrinter.answering(
                received -> new String(received, StandardCharsets.US_ASCII).endsWith("~HS") ? headOpen : null);
        String base = start(PrinterTransport.tcp("127.0.0.1", printer.port(), SHORT), 1);

        HttpResponse<String> status = get(base + "/status");

        assertEquals(200, status.statusCode());
        assertEquals("NOT_READY", field(status.body(), "state"), status.body());
        assertTrue(status.body().contains("\"conditions\":[\"HEAD_OPEN\"]"), status.body());
        assertEquals("tcp://127.0.0.1:" + printer.port(), field(status.body(), "printer"));
    }

    @Test
    void statusOfAnUnreachablePrinterSaysSo() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String base = start(PrinterTransport.tcp("127.0.0.1", port, SHORT), 1);

        String body = get(base + "/status").body();

        assertEquals("UNREACHABLE", field(body, "state"), body);
        assertEquals("REFUSED", field(body, "failure"));
    }

    @Test
    void settingsComeFromTheCommandLineAConfigFileAndTheEnvironment() throws Exception {
        Path config = dir.resolve("agent.properties");
        Files.writeString(config, "printer=tcp://192.168.1.50\nlanguage=tspl\nport=9200\nattempts=7\n");

        AgentSettings fromFile = AgentSettings.fromCommandLine(new String[] {"--config", config.toString()},
                Map.of("XUATXU_AGENT_TOKEN", TOKEN));
        AgentSettings overridden = AgentSettings.fromCommandLine(new String[] {"--config", config.toString(),
                "--language", "escpos", "--token=" + TOKEN, "--listen", "127.0.0.1:9300"}, Map.of());

        assertEquals("tcp://192.168.1.50:9100", fromFile.printer().target());
        assertEquals("tspl", fromFile.language().shortName());
        assertEquals(9200, fromFile.listen().getPort());
        assertEquals(7, fromFile.maxAttempts());
        assertEquals(TOKEN, fromFile.token());
        assertEquals("escpos", overridden.language().shortName());
        assertEquals(9300, overridden.listen().getPort());
        assertNotNull(overridden.listen().getAddress());
        IllegalArgumentException noToken = assertThrows(IllegalArgumentException.class,
                () -> AgentSettings.fromCommandLine(new String[] {"--printer", "tcp://x", "--language", "zpl"}, Map.of()));
        assertTrue(noToken.getMessage().contains("--token"), noToken.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AgentSettings.fromCommandLine(
                new String[] {"--printer", "tcp://x", "--language", "zpl", "--token", "short"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> AgentSettings.fromCommandLine(
                new String[] {"--printer", "tcp://x", "--language", "zpl", "--token", TOKEN, "--colour", "red"}, Map.of()));
        assertNotEquals(fromFile, overridden);
    }
}

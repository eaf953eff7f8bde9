package vn.xuatxu.api.printing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.xuatxu.api.testing.PhoneBrowser;
import vn.xuatxu.api.testing.PhoneScanner;
import vn.xuatxu.api.testing.RunningApplication;
import vn.xuatxu.label.agent.PullAgent;
import vn.xuatxu.label.agent.PullSettings;
import vn.xuatxu.label.transport.PrinterTransport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A phone sends a label batch to the co-op's printer through the server; the real pulling agent from
 * label-printer takes the job, prints every label once to a printer on a loopback port, and reports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintAgentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHOOL = "HimLamSchoolMSP";
    private RunningApplication app;
    private String producer;

    @TempDir
    Path folder;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        producer = "Bearer " + token("htx.muongang", "demo-coffee-2026");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aBatchSentToARegisteredAgentPrintsEveryLabelOnceAndAFailedJobResumes() throws Exception {
        HttpResponse<String> registered = app.postJson("/api/v1/print-agents",
                "{\"name\":\"Máy in kho\",\"language\":\"zpl\",\"stock\":\"MM_50_X_30\",\"dpi\":203}", "Authorization", producer);
        assertEquals(201, registered.statusCode(), registered.body());
        JsonNode agent = JSON.readTree(registered.body());
        String agentToken = agent.path("token").asText();
        assertTrue(agentToken.startsWith("xxpa_") && agent.path("command").asText().contains("label-printer.jar agent"));

        JsonNode batch = JSON.readTree(app.postJson("/api/v1/lots/1/label-batches", "{\"count\":12}", "Authorization", producer).body());
        String batchId = batch.path("batchId").asText();

        try (Printer printer = Printer.listening(0)) {
            HttpResponse<String> sent = app.postJson("/api/v1/label-batches/" + batchId + "/print-jobs",
                    "{\"agentId\":" + agent.path("id").asLong() + "}", "Authorization", producer);
            assertEquals(201, sent.statusCode(), sent.body());
            String jobId = JSON.readTree(sent.body()).path("jobId").asText();
            assertEquals("QUEUED", JSON.readTree(sent.body()).path("state").asText());

            try (PullAgent running = PullAgent.start(settings(agentToken, printer.port(), "first.journal"))) {
                JsonNode job = awaitFinished(jobId);
                assertEquals("PRINTED", job.path("state").asText(), job.toString());
                assertEquals(12, job.path("labelsSent").asInt());
            }
            String printed = printer.received();
            assertEquals(12, printed.split("\\^XA", -1).length - 1, "one ZPL label per serial, each once");
            JsonNode agents = JSON.readTree(app.get("/api/v1/print-agents", "Authorization", producer).body());
            assertTrue(agents.get(0).path("lastSeenAt").isTextual(), agents.toString());
        }

        int port;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // closed again: the printer is switched off
        }
        String failedJob = JSON.readTree(app.postJson("/api/v1/label-batches/" + batchId + "/print-jobs",
                "{\"agentId\":" + agent.path("id").asLong() + ",\"fromPosition\":5}", "Authorization", producer).body())
                .path("jobId").asText();
        try (PullAgent running = PullAgent.start(settings(agentToken, port, "second.journal"))) {
            JsonNode job = awaitFinished(failedJob);
            assertEquals("FAILED", job.path("state").asText(), job.toString());
            assertEquals(0, job.path("labelsSent").asInt());
            assertTrue(job.path("message").asText().contains("Không gửi được tới máy in"), job.toString());
        }
        try (Printer printer = Printer.listening(port);
             PullAgent running = PullAgent.start(settings(agentToken, port, "second.journal"))) {
            HttpResponse<String> resumed = app.postJson("/api/v1/print-jobs/" + failedJob + "/resume", "{}",
                    "Authorization", producer);
            assertEquals(201, resumed.statusCode(), resumed.body());
            JsonNode job = awaitFinished(JSON.readTree(resumed.body()).path("jobId").asText());
            assertEquals("PRINTED", job.path("state").asText(), job.toString());
            assertEquals(5, job.path("firstPosition").asInt());
            assertEquals(8, printer.received().split("\\^XA", -1).length - 1, "labels 5–12");
        }
    }

    @Test
    void onlyTheOrganisationsAdministratorRegistersAndOnlyItsPeopleAndItsAgentSeeItsJobs() throws Exception {
        String inspector = "Bearer " + token("thanh.tra", "demo-inspector-2026");
        assertEquals(403, app.postJson("/api/v1/print-agents", "{\"name\":\"x\",\"language\":\"zpl\"}",
                "Authorization", inspector).statusCode());
        HttpResponse<String> badLanguage = app.postJson("/api/v1/print-agents", "{\"name\":\"x\",\"language\":\"pcl\"}",
                "Authorization", producer);
        assertEquals(400, badLanguage.statusCode());
        assertTrue(JSON.readTree(badLanguage.body()).path("message").asText().contains("ZPL"), badLanguage.body());

        JsonNode agent = JSON.readTree(app.postJson("/api/v1/print-agents", "{\"name\":\"Máy in quầy\",\"language\":\"TSPL\"}",
                "Authorization", producer).body());
        String batchId = JSON.readTree(app.postJson("/api/v1/lots/1/label-batches", "{\"count\":2}", "Authorization", producer)
                .body()).path("batchId").asText();
        String kitchen = "Bearer " + token("bep.himlam", "demo-kitchen-2026");
        assertEquals(404, app.postJson("/api/v1/label-batches/" + batchId + "/print-jobs",
                "{\"agentId\":" + agent.path("id").asLong() + "}", "Authorization", kitchen).statusCode());
        assertEquals(400, app.postJson("/api/v1/label-batches/" + batchId + "/print-jobs",
                "{\"agentId\":" + agent.path("id").asLong() + ",\"fromPosition\":3}", "Authorization", producer).statusCode());
        String jobId = JSON.readTree(app.postJson("/api/v1/label-batches/" + batchId + "/print-jobs",
                "{\"agentId\":" + agent.path("id").asLong() + "}", "Authorization", producer).body()).path("jobId").asText();
        assertEquals(404, app.get("/api/v1/print-jobs/" + jobId, "Authorization", kitchen).statusCode());

        assertEquals(403, app.get("/api/v1/print-agent/jobs/next").statusCode());
        assertEquals(403, app.get("/api/v1/print-agent/jobs/next", "X-Agent-Token", "xxpa_made-up-token-value").statusCode());
        HttpResponse<String> offered = app.get("/api/v1/print-agent/jobs/next", "X-Agent-Token", agent.path("token").asText());
        assertEquals(200, offered.statusCode(), offered.body());
        assertEquals(jobId, JSON.readTree(offered.body()).path("jobId").asText());
        assertEquals("PRINTING", JSON.readTree(offered.body()).path("state").asText());
        assertEquals(409, app.postJson("/api/v1/print-jobs/" + jobId + "/cancel", "{}", "Authorization", producer).statusCode(),
                "a job the agent took is not cancelled behind its back");
        HttpResponse<byte[]> tspl = app.getBytes("/api/v1/print-agent/jobs/" + jobId + "/labels?from=1&to=2",
                "X-Agent-Token", agent.path("token").asText());
        assertEquals(200, tspl.statusCode());
        assertEquals(2, new String(tspl.body(), StandardCharsets.ISO_8859_1).split("PRINT 1,", -1).length - 1,
                "two labels in TSPL");
        HttpResponse<String> outOfRange = app.get("/api/v1/print-agent/jobs/" + jobId + "/labels?from=2&to=9",
                "X-Agent-Token", agent.path("token").asText());
        assertEquals(400, outOfRange.statusCode());
        assertEquals("Khoảng tem phải nằm trong 1–2, tối đa 500 tem mỗi lần.",
                JSON.readTree(outOfRange.body()).path("message").asText(), outOfRange.body());
        HttpResponse<String> outOfRangeEn = app.get("/api/v1/print-agent/jobs/" + jobId + "/labels?from=2&to=9",
                "X-Agent-Token", agent.path("token").asText(), "Accept-Language", "en");
        assertEquals("The label range must lie within 1–2, at most 500 labels at a time.",
                JSON.readTree(outOfRangeEn.body()).path("message").asText(), outOfRangeEn.body());

        assertEquals(204, app.delete("/api/v1/print-agents/" + agent.path("id").asLong(), "Authorization", producer).statusCode());
        assertEquals(403, app.get("/api/v1/print-agent/jobs/next", "X-Agent-Token", agent.path("token").asText()).statusCode(),
                "a revoked agent's token stops working at once");
    }

    /**
     * Issue 9: the kitchen manager sends the day's Form 4 sample labels, and one sample's, to the kitchen's own
     * agent; the real agent prints each label once to a loopback printer, and every printed label's QR code reads
     * back as its sample's link. A producer can neither use the kitchen's printer nor print its samples.
     */
    @Test
    void aKitchenSendsTheDaysSampleLabelsToItsPrinterAndEachPrintsOnce() throws Exception {
        String kitchen = "Bearer " + token("bep.himlam", "demo-kitchen-2026");
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        JsonNode samples = JSON.readTree(app.get("/api/v1/kitchens/" + SCHOOL + "/days/" + day, "Authorization", kitchen)
                .body()).path("samples");
        assertTrue(samples.size() >= 2, samples.toString());
        String code = samples.get(1).path("code").asText();
        JsonNode agent = JSON.readTree(app.postJson("/api/v1/print-agents",
                "{\"name\":\"Máy in bếp\",\"language\":\"zpl\",\"stock\":\"MM_50_X_30\",\"dpi\":203}",
                "Authorization", kitchen).body());
        String daySamples = "/api/v1/kitchens/" + SCHOOL + "/days/" + day + "/sample-labels/print-jobs";
        String body = "{\"agentId\":" + agent.path("id").asLong() + "}";
        assertEquals(403, app.postJson(daySamples, body, "Authorization", producer).statusCode(),
                "only the school's staff print its samples");
        assertEquals(400, app.postJson("/api/v1/kitchens/" + SCHOOL + "/days/yesterday/sample-labels/print-jobs", body,
                "Authorization", kitchen).statusCode());

        HttpResponse<String> page = app.get("/lenh-in/mau-luu?bep=" + SCHOOL + "&ngay=" + day, "Authorization", kitchen);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Gửi đến máy in") && page.body().contains("Máy in bếp"), page.body());
        String english = app.get("/lenh-in/mau-luu?bep=" + SCHOOL + "&ngay=" + day + "&mau=" + code + "&lang=en",
                "Authorization", kitchen).body();
        assertTrue(english.contains("Send to printer") && english.contains("Retained-sample label (Form 4) of sample "
                + code), english);
        String printers = app.get("/may-in?lang=en", "Authorization", kitchen).body();
        assertTrue(printers.contains("Your organisation’s printers"), printers);

        try (Printer printer = Printer.listening(0)) {
            HttpResponse<String> sent = app.postJson(daySamples, body, "Authorization", kitchen);
            assertEquals(201, sent.statusCode(), sent.body());
            JsonNode dayJob = JSON.readTree(sent.body());
            assertEquals("KITCHEN_SAMPLES", dayJob.path("source").asText());
            assertEquals(samples.size(), dayJob.path("labelCount").asInt());
            HttpResponse<String> one = app.postJson("/api/v1/kitchens/" + SCHOOL + "/samples/" + code + "/label/print-jobs",
                    body, "Authorization", kitchen);
            assertEquals(201, one.statusCode(), one.body());
            String oneJob = JSON.readTree(one.body()).path("jobId").asText();

            try (PullAgent running = PullAgent.start(settings(agent.path("token").asText(), printer.port(), "kitchen.journal"))) {
                assertEquals("PRINTED", awaitFinished(dayJob.path("jobId").asText(), kitchen).path("state").asText());
                assertEquals("PRINTED", awaitFinished(oneJob, kitchen).path("state").asText());
            }
            List<String> printed = qrCodesOf(printer.received());
            List<String> expected = new ArrayList<>();
            for (JsonNode sample : samples) {
                expected.add(sampleLink(day, sample.path("code").asText()));
            }
            expected.add(sampleLink(day, code));
            assertEquals(expected, printed, "each of the day's labels once, then the one sample's, in order");
            String jobPage = app.get("/lenh-in/" + oneJob + "?lang=en", "Authorization", kitchen).body();
            assertTrue(jobPage.contains("Printed") && jobPage.contains("Retained-sample label " + code), jobPage);
            String jobPageVi = app.get("/lenh-in/" + oneJob + "?lang=vi", "Authorization", kitchen).body();
            assertTrue(jobPageVi.contains("Nhãn mẫu lưu " + code), jobPageVi);
        }
        assertEquals(404, app.get("/api/v1/print-jobs/" + JSON.readTree(app.postJson(daySamples, body, "Authorization",
                kitchen).body()).path("jobId").asText(), "Authorization", producer).statusCode(), "not the producer's job");
    }

    private static String sampleLink(LocalDate day, String code) {
        return "https://truyxuat.dienbien.example/bep/" + SCHOOL + "/" + day + "?buoc=luu-mau&mau=" + code;
    }

    /** The QR code of every label in a stream of ZPL jobs, in order: each job's Z64 graphic inflated and read. */
    private static List<String> qrCodesOf(String zpl) throws Exception {
        Matcher graphic = Pattern.compile("\\^GFA,(\\d+),\\d+,(\\d+),:Z64:([A-Za-z0-9+/=]+):").matcher(zpl);
        List<String> codes = new ArrayList<>();
        while (graphic.find()) {
            byte[] bits = new byte[Integer.parseInt(graphic.group(1))];
            Inflater inflater = new Inflater();
            inflater.setInput(Base64.getDecoder().decode(graphic.group(3)));
            assertEquals(bits.length, inflater.inflate(bits));
            inflater.end();
            int bytesPerRow = Integer.parseInt(graphic.group(2));
            int height = bits.length / bytesPerRow;
            BufferedImage image = new BufferedImage(bytesPerRow * 8, height, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < bytesPerRow * 8; x++) {
                    boolean black = (bits[y * bytesPerRow + x / 8] >> (7 - x % 8) & 1) == 1;
                    image.setRGB(x, y, black ? 0x000000 : 0xFFFFFF);
                }
            }
            codes.add(PhoneScanner.read(image));
        }
        return codes;
    }

    /** On a 390x844 phone: add the printer, print labels for a lot, send them to it, watch the job finish. */
    @Test
    void aPhoneAddsAPrinterAndSendsALotsLabelsToIt() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            browser.get(app.uri("/dang-nhap").toString());
            browser.findElement(By.id("username")).sendKeys("htx.muongang");
            browser.findElement(By.id("password")).sendKeys("demo-coffee-2026");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.urlMatches("/trang-chu$"));
            browser.findElement(By.linkText("Máy in")).click();
            browser.findElement(By.id("name")).sendKeys("Máy in tem quầy");
            browser.findElement(By.cssSelector("#add-printer button[type=submit]")).click();
            String token = waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("agent-token"))).getText();
            assertTrue(browser.findElement(By.id("agent-command")).getText().contains(token));

            browser.get(app.uri("/lo-hang/1/in-tem").toString());
            WebElement count = browser.findElement(By.id("count"));
            count.clear();
            count.sendKeys("3");
            browser.findElement(By.cssSelector("#print-labels button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("send-to-printer")));
            browser.findElements(By.cssSelector("#agentId option")).stream()
                    .filter(option -> option.getText().startsWith("Máy in tem quầy")).findFirst().orElseThrow().click();
            browser.findElement(By.cssSelector("#send-to-printer button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("print-job"), "Đang chờ máy in"));

            try (Printer printer = Printer.listening(0);
                 PullAgent running = PullAgent.start(settings(token, printer.port(), "phone.journal"))) {
                new WebDriverWait(browser, Duration.ofSeconds(40)).until(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("print-job"), "Đã in xong"));
                assertTrue(browser.findElement(By.id("progress")).getText().contains("3 / 3"));
                assertEquals(3, printer.received().split("\\^XA", -1).length - 1);
            }
            assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth") <= 390,
                    "nothing wider than the phone");
        } finally {
            browser.quit();
        }
    }

    private static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private PullSettings settings(String agentToken, int printerPort, String journal) {
        return PullSettings.of(URI.create(app.uri("/").toString().replaceAll("/$", "")), agentToken,
                        PrinterTransport.tcp("127.0.0.1", printerPort), folder.resolve(journal))
                .polling(Duration.ofSeconds(1), 5).retrying(1, Duration.ZERO);
    }

    private JsonNode awaitFinished(String jobId) throws Exception {
        return awaitFinished(jobId, producer);
    }

    private JsonNode awaitFinished(String jobId, String person) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode job;
        do {
            job = JSON.readTree(app.get("/api/v1/print-jobs/" + jobId, "Authorization", person).body());
            String state = job.path("state").asText();
            if (!state.equals("QUEUED") && !state.equals("PRINTING")) {
                return job;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        return job;
    }

    private String token(String user, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    /** A raw-port printer on loopback that keeps every byte it is sent. */
    private static final class Printer implements AutoCloseable {
        private final ServerSocket socket;
        private final ConcurrentLinkedQueue<byte[]> jobs = new ConcurrentLinkedQueue<>();

        private Printer(ServerSocket socket) {
            this.socket = socket;
            Thread accepting = new Thread(this::accept, "test-printer");
            accepting.setDaemon(true);
            accepting.start();
        }

        static Printer listening(int port) throws IOException {
            return new Printer(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
        }

        int port() {
            return socket.getLocalPort();
        }

        String received() {
            StringBuilder all = new StringBuilder();
            jobs.forEach(job -> all.append(new String(job, StandardCharsets.US_ASCII)));
            return all.toString();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept(); InputStream in = connection.getInputStream()) {
                    jobs.add(in.readAllBytes());
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}

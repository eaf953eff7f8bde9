package vn.xuatxu.api.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.testing.PhoneScanner;
import vn.xuatxu.api.testing.RunningApplication;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.xuatxu.api.db.Tables.LOT;

/**
 * The first end-to-end path: a producer signs in, registers a lot, the outbox carries it to the embedded
 * ledger running the real contract, the public passport page proves it, and the label's QR code leads
 * back to the lot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LotJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_GTIN = "08938600001016";
    private RunningApplication app;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private String token(String username, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    private JsonNode awaitCommitted(long id, String token) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode lot;
        do {
            HttpResponse<String> read = app.get("/api/v1/lots/" + id, "Authorization", "Bearer " + token);
            assertEquals(200, read.statusCode(), read.body());
            lot = JSON.readTree(read.body());
            if (!"PENDING".equals(lot.path("ledger").path("status").asText())) {
                return lot;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        return lot;
    }

    @Test
    void healthIsUpWithDatabaseAndLedger() throws Exception {
        HttpResponse<String> health = app.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("UP", JSON.readTree(health.body()).path("status").asText());
    }

    @Test
    void aRegisteredLotReachesTheLedgerAndItsPassportAndLabelProveIt() throws Exception {
        String token = token("htx.muongang", "demo-coffee-2026");
        LocalDate made = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3);
        HttpResponse<String> created = app.postJson("/api/v1/lots", "{\"gtin\":\"" + DEMO_GTIN.substring(1) + "\","
                        + "\"lotNumber\":\"IT-" + System.nanoTime() % 100000 + "\",\"productionDate\":\"" + made + "\","
                        + "\"bestBeforeDate\":\"" + made.plusMonths(12) + "\",\"quantity\":\"350.5\",\"unit\":\"kg\"}",
                "Authorization", "Bearer " + token);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode lot = JSON.readTree(created.body());
        long id = lot.path("id").asLong();
        String link = lot.path("digitalLink").asText();
        assertEquals("/api/v1/lots/" + id, created.headers().firstValue("location").orElseThrow());
        assertTrue(link.startsWith("https://truyxuat.dienbien.example/01/" + DEMO_GTIN + "/10/IT-"), link);
        assertTrue(link.endsWith("?17=" + made.plusMonths(12).format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))), link);
        assertTrue(List.of("PENDING", "COMMITTED").contains(lot.path("ledger").path("status").asText()));
        assertEquals(0, new BigDecimal("350.5").compareTo(lot.path("quantity").decimalValue()));

        JsonNode committed = awaitCommitted(id, token);
        assertEquals("COMMITTED", committed.path("ledger").path("status").asText(), committed.toString());
        String transactionId = committed.path("ledger").path("transactionId").asText();
        assertEquals(64, transactionId.length());

        String path = URI.create(link).getRawPath();
        HttpResponse<String> page = app.get(path, "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("Cà phê Arabica Mường Ảng rang xay"), page.body());
        assertTrue(page.body().contains("Hợp tác xã Cà phê Mường Ảng"));
        assertTrue(page.body().contains("Đã xác thực trên sổ cái"));
        assertTrue(page.body().contains(transactionId));

        HttpResponse<byte[]> label = app.getBytes("/api/v1/lots/" + id + "/label.png", "Authorization", "Bearer " + token);
        assertEquals(200, label.statusCode());
        assertEquals("image/png", label.headers().firstValue("content-type").orElseThrow());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(label.body()));
        assertEquals(400, image.getWidth(), "50 mm at 203 dpi (8 dots/mm)");
        assertEquals(240, image.getHeight(), "30 mm at 203 dpi");
        assertEquals(link, PhoneScanner.read(image));
    }

    @Test
    void everyAnswerCarriesTheBrowserProtections() throws Exception {
        for (String path : new String[] {"/dang-nhap", "/01/" + DEMO_GTIN + "/10/MA2026-001", "/health", "/no-such-page"}) {
            HttpResponse<String> response = app.get(path);
            String policy = response.headers().firstValue("content-security-policy").orElse("");
            assertTrue(policy.contains("script-src 'self'") && !policy.contains("script-src 'self' 'unsafe-inline'")
                    && policy.contains("frame-ancestors 'none'"), path + ": " + policy);
            assertEquals("nosniff", response.headers().firstValue("x-content-type-options").orElse(""), path);
            assertTrue(response.headers().firstValue("strict-transport-security").isEmpty(), "no HSTS over plain HTTP");
            assertFalse(response.body().contains("<script>"), path + " has no inline script");
        }
        HttpResponse<String> behindTls = app.get("/dang-nhap", "X-Forwarded-Proto", "https");
        assertTrue(behindTls.headers().firstValue("strict-transport-security").orElse("").startsWith("max-age="));
    }

    @Test
    void theDemoLotIsOnTheLedgerWithoutAnyoneTouchingIt() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        HttpResponse<String> page;
        do {
            page = app.get("/01/" + DEMO_GTIN + "/10/MA2026-001");
            if (page.body().contains("Đã xác thực trên sổ cái")) {
                break;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Đã xác thực trên sổ cái"), page.body());
    }

    @Test
    void aRecordChangedBehindTheLedgersBackIsShownAsNotMatching() throws Exception {
        String token = token("htx.muongang", "demo-coffee-2026");
        LocalDate made = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        HttpResponse<String> created = app.postJson("/api/v1/lots", "{\"gtin\":\"" + DEMO_GTIN + "\",\"lotNumber\":\"TAMPER-1\","
                + "\"productionDate\":\"" + made + "\",\"quantity\":100,\"unit\":\"kg\"}", "Authorization", "Bearer " + token);
        assertEquals(201, created.statusCode(), created.body());
        long id = JSON.readTree(created.body()).path("id").asLong();
        assertEquals("COMMITTED", awaitCommitted(id, token).path("ledger").path("status").asText());

        app.context().getBean(DSLContext.class).update(LOT).set(LOT.QUANTITY, new BigDecimal("900")).where(LOT.ID.eq(id)).execute();

        HttpResponse<String> page = app.get("/01/" + DEMO_GTIN + "/10/TAMPER-1");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Dữ liệu không khớp với sổ cái"), page.body());
        assertFalse(page.body().contains("Đã xác thực trên sổ cái"));
    }

    @Test
    void badInputIsRefusedInVietnameseWithoutLosingAnything() throws Exception {
        String token = token("htx.muongang", "demo-coffee-2026");
        String auth = "Bearer " + token;
        HttpResponse<String> badGtin = app.postJson("/api/v1/lots", "{\"gtin\":\"08938600001017\",\"lotNumber\":\"X1\","
                + "\"productionDate\":\"2026-01-01\",\"quantity\":1,\"unit\":\"kg\"}", "Authorization", auth);
        assertEquals(400, badGtin.statusCode());
        JsonNode problem = JSON.readTree(badGtin.body());
        assertEquals("gtin", problem.path("field").asText());
        assertTrue(problem.path("message").asText().contains("Số kiểm tra"), badGtin.body());

        HttpResponse<String> badJson = app.postJson("/api/v1/lots", "{\"gtin\":", "Authorization", auth);
        assertEquals(400, badJson.statusCode());
        assertFalse(badJson.body().contains("Exception"), badJson.body());

        HttpResponse<String> duplicate = app.postJson("/api/v1/lots", "{\"gtin\":\"" + DEMO_GTIN + "\",\"lotNumber\":\"MA2026-001\","
                + "\"productionDate\":\"2026-01-01\",\"quantity\":1,\"unit\":\"kg\"}", "Authorization", auth);
        assertEquals(409, duplicate.statusCode(), duplicate.body());

        HttpResponse<String> anonymous = app.postJson("/api/v1/lots", "{}");
        assertEquals(401, anonymous.statusCode());

        HttpResponse<String> wrongPassword = app.postJson("/api/v1/auth/login",
                "{\"username\":\"htx.muongang\",\"password\":\"wrong\"}");
        assertEquals(401, wrongPassword.statusCode());
        assertTrue(wrongPassword.body().contains("không đúng"));

        HttpResponse<String> malformedLink = app.get("/01/123/10/abc", "Accept", "text/html");
        assertEquals(400, malformedLink.statusCode());
        assertTrue(malformedLink.body().contains("GTIN"), malformedLink.body());
        assertTrue(malformedLink.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));

        HttpResponse<String> unknownLot = app.get("/01/" + DEMO_GTIN + "/10/NOPE");
        assertEquals(404, unknownLot.statusCode());
        assertTrue(unknownLot.body().contains("không chính hãng"), unknownLot.body());

        HttpResponse<String> page = app.get("/01/" + DEMO_GTIN + "/10/MA2026-001");
        assertEquals(200, page.statusCode(), "the stored lot is still there");
    }

    @Test
    void anotherOrganisationsLotIsNotFound() throws Exception {
        String kitchen = token("bep.himlam", "demo-kitchen-2026");
        HttpResponse<String> read = app.get("/api/v1/lots/1", "Authorization", "Bearer " + kitchen);
        assertEquals(404, read.statusCode(), read.body());
        HttpResponse<String> register = app.postJson("/api/v1/lots", "{\"gtin\":\"" + DEMO_GTIN + "\",\"lotNumber\":\"K1\","
                + "\"productionDate\":\"2026-01-01\",\"quantity\":1,\"unit\":\"kg\"}", "Authorization", "Bearer " + kitchen);
        assertEquals(403, register.statusCode(), register.body());
    }

    /** A real browser at phone size renders the page (skipped where no Chromium is installed). */
    @Test
    void aPhoneBrowserShowsTheVerifiedPassport() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "Chromium is not installed; the browser check is skipped");
        String path = "/01/" + DEMO_GTIN + "/10/MA2026-001?lang=vi"; // headless Chromium asks for English
        theDemoLotIsOnTheLedgerWithoutAnyoneTouchingIt();
        String transactionId = app.context().getBean(DSLContext.class).select(LOT.LEDGER_TX_ID).from(LOT)
                .where(LOT.LOT_NUMBER.eq("MA2026-001")).fetchOne(LOT.LEDGER_TX_ID);
        Path profile = Files.createTempDirectory("chromium-profile");
        Path screenshot = Path.of("target", "passport-phone.png").toAbsolutePath();
        Process dump = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=360,740", "--dump-dom",
                app.uri(path).toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(dump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(dump.waitFor(60, TimeUnit.SECONDS));
        assertTrue(dom.contains("Đã xác thực trên sổ cái"), dom);
        assertTrue(dom.contains(transactionId));
        Process shot = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=360,740", "--hide-scrollbars",
                "--screenshot=" + screenshot, app.uri(path).toString()).redirectErrorStream(true).start();
        shot.getInputStream().readAllBytes();
        assertTrue(shot.waitFor(60, TimeUnit.SECONDS));
        BufferedImage phone = ImageIO.read(screenshot.toFile());
        assertEquals(360, phone.getWidth());
    }
}

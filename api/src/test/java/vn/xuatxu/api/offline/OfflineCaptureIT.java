package vn.xuatxu.api.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.xuatxu.api.testing.PhoneBrowser;
import vn.xuatxu.api.testing.RunningApplication;
import vn.xuatxu.api.testing.TcpProxy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.db.Tables.KITCHEN_SAMPLE;
import static vn.xuatxu.api.db.Tables.LABEL_BATCH;
import static vn.xuatxu.api.db.Tables.LOT;
import static vn.xuatxu.api.db.Tables.TRACE_EVENT;
import static vn.xuatxu.api.db.Tables.TRACE_EVENT_LOT;

/**
 * Entries made on a phone without a connection arrive exactly once. The browser reaches the application
 * through a TCP proxy: "offline" is Chrome's network emulation (so the page sees {@code navigator.onLine}
 * false) plus a cut proxy (so nothing, not even the service worker, reaches the server). The phone records
 * entries, is reloaded while still offline (pages from the service worker, entries from IndexedDB), comes
 * back online and sends them; the database then holds each entry once, and a deliberate second sending of
 * the same entry (its idempotency key unchanged) changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineCaptureIT {

    private static final String COOP_GTIN = "08938600001016";
    private static final ObjectMapper JSON = new ObjectMapper();
    private RunningApplication app;
    private TcpProxy proxy;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        proxy = new TcpProxy("127.0.0.1", app.uri("/").getPort());
    }

    @AfterAll
    void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aLotAndItsReservedLabelsRegisteredOfflineArriveOnceWhenTheConnectionReturns() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            signIn(browser, "htx.muongang", "demo-coffee-2026");
            // Labels reserved and printed while online, for the lot about to be registered offline.
            browser.get(url("/giu-tem"));
            browser.findElement(By.id("count")).clear();
            browser.findElement(By.id("count")).sendKeys("3");
            browser.findElement(By.id("reserve-button")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sheet")));
            assertEquals(3, browser.findElements(By.cssSelector(".blank-label img")).size());
            String reservation = browser.getCurrentUrl().replaceAll(".*/giu-tem/", "");
            String gtin = new Select(browser.findElement(By.id("gtin"))).getFirstSelectedOption().getAttribute("value");
            String serial = browser.findElement(By.cssSelector(".blank-label .serial")).getText();
            assertEquals("/01/" + gtin, blankLabelTarget(gtin, serial), "an unbound blank-lot label shows the product");

            browser.get(url("/trang-chu"));
            awaitKeptForOffline(browser);

            goOffline(browser);
            new Select(browser.findElement(By.id("gtin"))).selectByValue(gtin);
            WebElement lotNumber = browser.findElement(By.id("lotNumber"));
            lotNumber.clear();
            lotNumber.sendKeys("OFFLINE-01");
            new Select(browser.findElement(By.id("reservationId"))).selectByValue(reservation);
            browser.findElement(By.cssSelector("#register-lot button[type=submit]")).click();
            awaitQueued(browser, 1);

            browser.navigate().refresh();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("register-lot")));
            awaitQueued(browser, 1);
            List<Object> kept = queuedEntries(browser);
            assertEquals(0, lots("OFFLINE-01"), "nothing reached the server while offline");

            goOnline(browser);
            awaitQueued(browser, 0);
            assertEquals(1, lots("OFFLINE-01"));
            long lotId = db().select(LOT.ID).from(LOT).where(LOT.LOT_NUMBER.eq("OFFLINE-01")).fetchOne(LOT.ID);
            assertEquals(List.of(3), db().select(LABEL_BATCH.LABEL_COUNT).from(LABEL_BATCH)
                    .where(LABEL_BATCH.LOT_ID.eq(lotId)).fetch(LABEL_BATCH.LABEL_COUNT), "the reserved block became the lot's labels");
            assertEquals("/01/" + gtin + "/10/OFFLINE-01/21/" + serial, blankLabelTarget(gtin, serial),
                    "once bound, the same label leads to the lot");

            resend(browser, kept);
            assertEquals(1, lots("OFFLINE-01"), "sending the same entry again is answered, not repeated");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aLotNumberTakenMeanwhileIsShownWithBothVersionsAndNothingIsOverwritten() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            signIn(browser, "htx.muongang", "demo-coffee-2026");
            awaitKeptForOffline(browser);
            String gtin = new Select(browser.findElement(By.id("gtin"))).getFirstSelectedOption().getAttribute("value");
            String today = browser.findElement(By.id("productionDate")).getAttribute("value");

            goOffline(browser);
            WebElement lotNumber = browser.findElement(By.id("lotNumber"));
            lotNumber.clear();
            lotNumber.sendKeys("CONFLICT-01");
            WebElement quantity = browser.findElement(By.id("quantity"));
            quantity.clear();
            quantity.sendKeys("111");
            browser.findElement(By.cssSelector("#register-lot button[type=submit]")).click();
            awaitQueued(browser, 1);

            // Meanwhile a colleague with a connection registers the same lot number with another quantity.
            String token = token("htx.muongang", "demo-coffee-2026");
            assertEquals(201, app.postJson("/api/v1/lots", "{\"gtin\":\"" + gtin + "\",\"lotNumber\":\"CONFLICT-01\","
                    + "\"productionDate\":\"" + today + "\",\"quantity\":222,\"unit\":\"KGM\"}",
                    "Authorization", "Bearer " + token).statusCode());

            goOnline(browser);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b ->
                    browser.findElement(By.id("offline-queue")).getText().contains("Xung đột"));
            String shown = browser.findElement(By.id("offline-queue")).getText();
            assertTrue(shown.contains("Bản của bạn") && shown.contains("Bản trên máy chủ"), shown);
            assertTrue(shown.contains("Số lượng: 111"), "the phone's version: " + shown);
            assertTrue(shown.contains("Số lượng: 222"), "the server's version, labelled as in the form: " + shown);
            List<BigDecimal> stored = db().select(LOT.QUANTITY).from(LOT).where(LOT.LOT_NUMBER.eq("CONFLICT-01")).fetch(LOT.QUANTITY);
            assertEquals(1, stored.size(), "nothing duplicated");
            assertEquals(0, new BigDecimal("222").compareTo(stored.get(0)), "the server's lot stays as it was, nothing overwritten");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anEventRecordedOfflineOnTheLotPageArrivesOnceWithTheTimeItHappened() throws Exception {
        long lotId = db().select(LOT.ID).from(LOT).orderBy(LOT.ID).limit(1).fetchOne(LOT.ID);
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            signIn(browser, "htx.muongang", "demo-coffee-2026");
            browser.get(url("/lo-hang/" + lotId));
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("record-event")));
            awaitKeptForOffline(browser);

            goOffline(browser);
            new Select(browser.findElement(By.id("step"))).selectByValue("QUALITY_CHECK");
            browser.findElement(By.id("note")).sendKeys("Kiểm tra độ ẩm khi mất mạng");
            java.time.Instant entered = java.time.Instant.now();
            browser.findElement(By.cssSelector("#record-event button[type=submit]")).click();
            awaitQueued(browser, 1);
            browser.navigate().refresh();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("record-event")));
            awaitQueued(browser, 1);
            Thread.sleep(3000);

            goOnline(browser);
            awaitQueued(browser, 0);
            List<java.time.LocalDateTime> times = db().select(TRACE_EVENT.EVENT_TIME).from(TRACE_EVENT)
                    .where(TRACE_EVENT.NOTE.eq("Kiểm tra độ ẩm khi mất mạng")).fetch(TRACE_EVENT.EVENT_TIME);
            assertEquals(1, times.size(), "the event arrived once");
            assertTrue(Duration.between(entered, times.get(0).toInstant(java.time.ZoneOffset.UTC)).abs().getSeconds() < 2,
                    "the event keeps the time it was entered, not the time it was sent: " + times.get(0));
        } finally {
            browser.quit();
        }
    }

    @Test
    void processingOfSeveralLotsRecordedOfflineArrivesOnce() throws Exception {
        String[] auth = {"Authorization", "Bearer " + token("htx.muongang", "demo-coffee-2026")};
        long first = JSON.readTree(app.postJson("/api/v1/lots", lotJson("OFF-IN-1", null), auth).body()).path("id").asLong();
        long second = JSON.readTree(app.postJson("/api/v1/lots", lotJson("OFF-IN-2", null), auth).body()).path("id").asLong();
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            signIn(browser, "htx.muongang", "demo-coffee-2026");
            browser.get(url("/lo-hang/" + first + "/che-bien"));
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("processing")));
            awaitKeptForOffline(browser);

            goOffline(browser);
            browser.findElement(By.name("in-" + second)).click();
            browser.findElement(By.id("qty-" + first)).sendKeys("4");
            browser.findElement(By.id("qty-" + second)).sendKeys("2,5");
            browser.findElement(By.id("newLotNumber")).sendKeys("OFF-MIX-1");
            browser.findElement(By.id("newQuantity")).sendKeys("6");
            browser.findElement(By.cssSelector("#processing button[type=submit]")).click();
            awaitQueued(browser, 1);
            browser.navigate().refresh();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("processing")));
            awaitQueued(browser, 1);
            List<Object> kept = queuedEntries(browser);
            assertEquals(0, lots("OFF-MIX-1"), "nothing reached the server while offline");

            goOnline(browser);
            awaitQueued(browser, 0);
            assertEquals(1, lots("OFF-MIX-1"));
            long output = db().select(LOT.ID).from(LOT).where(LOT.LOT_NUMBER.eq("OFF-MIX-1")).fetchOne(LOT.ID);
            assertEquals(List.of(new BigDecimal("4.000"), new BigDecimal("2.500")), db().select(TRACE_EVENT_LOT.QUANTITY_USED)
                    .from(TRACE_EVENT_LOT).where(TRACE_EVENT_LOT.LOT_ID.in(first, second)).orderBy(TRACE_EVENT_LOT.LOT_ID)
                    .fetch(TRACE_EVENT_LOT.QUANTITY_USED), "both inputs with the amounts entered");
            assertEquals(1, db().fetchCount(TRACE_EVENT_LOT, TRACE_EVENT_LOT.LOT_ID.eq(output)));

            resend(browser, kept);
            assertEquals(1, lots("OFF-MIX-1"), "sending the same entry again is answered, not repeated");
            assertEquals(1, db().fetchCount(TRACE_EVENT_LOT, TRACE_EVENT_LOT.LOT_ID.eq(output)));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aQualityCheckWithItsCertificateRecordedOfflineArrivesOnceFileAndAll() throws Exception {
        String[] auth = {"Authorization", "Bearer " + token("htx.muongang", "demo-coffee-2026")};
        long lotId = JSON.readTree(app.postJson("/api/v1/lots", lotJson("OFF-QC-1", null), auth).body()).path("id").asLong();
        byte[] pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% phiếu kiểm nghiệm " + lotId + "\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("phieu-kiem-nghiem", ".pdf");
        java.nio.file.Files.write(file, pdf);
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            signIn(browser, "htx.muongang", "demo-coffee-2026");
            browser.get(url("/lo-hang/" + lotId));
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("record-event")));
            awaitKeptForOffline(browser);

            goOffline(browser);
            new Select(browser.findElement(By.id("step"))).selectByValue("QUALITY_CHECK");
            browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.findElement(By.id("note")).sendKeys("Phiếu kiểm nghiệm gửi khi có mạng");
            browser.findElement(By.cssSelector("#record-event button[type=submit]")).click();
            awaitQueued(browser, 1);
            browser.navigate().refresh();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("record-event")));
            awaitQueued(browser, 1);
            assertEquals(Boolean.TRUE, browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "XuatXuQueue.all().then(function (es) { window.keptEntries = es;"
                    + " done(es.length === 1 && es[0].files.length === 1 && es[0].files[0].blob instanceof Blob); });"),
                    "the file is kept in IndexedDB as a blob across the reload");

            goOnline(browser);
            awaitQueued(browser, 0);
            String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
            assertEquals(List.of(sha256), db().select(TRACE_EVENT.ATTACHMENT_SHA256).from(TRACE_EVENT)
                    .where(TRACE_EVENT.NOTE.eq("Phiếu kiểm nghiệm gửi khi có mạng")).fetch(TRACE_EVENT.ATTACHMENT_SHA256),
                    "one event, with the very file chosen offline");
            Object resent = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "Promise.all(window.keptEntries.map(function (e) { return XuatXuQueue.put(e); }))"
                    + ".then(function () { return XuatXuQueue.sendAll(); }).then(done, function (e) { done(String(e)); });");
            assertEquals(1L, resent, "the repeat, file and all, is answered as a success");
            assertEquals(1, db().fetchCount(TRACE_EVENT, TRACE_EVENT.NOTE.eq("Phiếu kiểm nghiệm gửi khi có mạng")),
                    "sent once, recorded once");
        } finally {
            browser.quit();
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void theServiceWorkerAndManifestAreServedFromTheRootUnderTheUsualSecurityHeaders() throws Exception {
        HttpResponse<String> worker = app.get("/sw.js");
        assertEquals(200, worker.statusCode());
        assertTrue(worker.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals("/", worker.headers().firstValue("Service-Worker-Allowed").orElse(""), "its scope may cover every page");
        assertEquals("no-cache", worker.headers().firstValue("Cache-Control").orElse(""), "a new version reaches phones at once");
        assertTrue(worker.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"),
                "the CSP is unchanged: default-src 'self' already allows our own worker, manifest and fetches");
        HttpResponse<String> manifest = app.get("/manifest.webmanifest");
        assertEquals(200, manifest.statusCode());
        assertTrue(manifest.headers().firstValue("Content-Type").orElse("").startsWith("application/manifest+json"));
        assertEquals("/trang-chu", JSON.readTree(manifest.body()).path("start_url").asText());
    }

    @Test
    void aReservedBlockBindsOnceAndAnEntryIsRecordedOnlyUnderItsAuthor() throws Exception {
        String[] auth = {"Authorization", "Bearer " + token("htx.muongang", "demo-coffee-2026")};
        HttpResponse<String> reserved = app.postJson("/api/v1/serial-reservations",
                "{\"gtin\":\"" + COOP_GTIN + "\",\"count\":2}", auth);
        assertEquals(201, reserved.statusCode(), reserved.body());
        String block = JSON.readTree(reserved.body()).path("reservationId").asText();
        assertEquals(2, JSON.readTree(reserved.body()).path("labels").size());
        assertEquals(400, app.postJson("/api/v1/serial-reservations", "{\"gtin\":\"" + COOP_GTIN + "\",\"count\":0}", auth)
                .statusCode(), "a block holds 1 to 500 serials");

        assertEquals(201, app.postJson("/api/v1/lots", lotJson("RSV-01", block), auth).statusCode());
        HttpResponse<String> again = app.postJson("/api/v1/lots", lotJson("RSV-02", block), auth);
        assertEquals(409, again.statusCode(), "a block binds one lot only: " + again.body());
        assertEquals(0, lots("RSV-02"), "the refused binding took its lot with it: both or neither");

        HttpResponse<String> foreign = app.postJson("/api/v1/lots", lotJson("RSV-03", null),
                auth[0], auth[1], "X-Queued-By", "bep.himlam");
        assertEquals(409, foreign.statusCode());
        assertTrue(foreign.body().contains("QUEUED_BY_OTHER_ACCOUNT"), foreign.body());
        assertEquals(0, lots("RSV-03"), "an entry queued by someone else is never recorded in this account's name");
    }

    @Test
    void aFoodSampleRecordedOnTheKitchenTabletOfflineArrivesOnce() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(390, 844);
        try {
            signIn(browser, "bep.himlam", "demo-kitchen-2026");
            browser.get(url("/bep"));
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("step-1")));
            browser.findElement(By.linkText("Thực đơn")).click();
            browser.findElement(By.id("dishName")).sendKeys("Thịt kho trứng");
            browser.findElement(By.cssSelector("#menu-form button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Đã thêm món"));
            browser.findElement(By.id("step-4")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sample-form")));
            awaitKeptForOffline(browser);

            goOffline(browser);
            browser.findElement(By.id("amount")).sendKeys("150");
            browser.findElement(By.id("sealId")).sendKeys("NIEM-OFFLINE-1");
            browser.findElement(By.cssSelector("#sample-form button[type=submit]")).click();
            awaitQueued(browser, 1);

            browser.navigate().refresh();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sample-form")));
            awaitQueued(browser, 1);
            assertTrue(browser.findElement(By.id("offline-queue")).getText().contains("Mẫu lưu"));
            List<Object> kept = queuedEntries(browser);

            goOnline(browser);
            awaitQueued(browser, 0);
            assertEquals(1, samples("NIEM-OFFLINE-1"));
            resend(browser, kept);
            assertEquals(1, samples("NIEM-OFFLINE-1"), "sending the same entry again is answered, not repeated");
        } finally {
            browser.quit();
        }
    }

    private void signIn(ChromeDriver browser, String username, String password) {
        browser.get(url("/dang-nhap"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(browser).until(ExpectedConditions.urlMatches("/trang-chu$"));
    }

    /** The service worker controls the page and holds a copy of it. */
    private static void awaitKeptForOffline(ChromeDriver browser) {
        // A page that finished loading while the worker was still being installed can stay uncontrolled
        // (clients.claim() races the navigation); as for a real user, the next load of it is controlled.
        waitFor(browser).until(b -> Boolean.TRUE.equals(browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then(function () { done(true); }, function () { done(false); });")));
        if (!Boolean.TRUE.equals(browser.executeScript("return !!navigator.serviceWorker.controller;"))) {
            browser.navigate().refresh();
        }
        waitFor(browser).until(b -> Boolean.TRUE.equals(browser.executeScript("return !!navigator.serviceWorker.controller;")));
        waitFor(browser).until(b -> Boolean.TRUE.equals(browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "caches.open('xuatxu-pages').then(function (c) { return c.match(location.href); })"
                        + ".then(function (r) { done(!!r); }, function () { done(false); });")));
    }

    private void goOffline(ChromeDriver browser) throws Exception {
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);
        proxy.cut();
        waitFor(browser).until(b -> Boolean.FALSE.equals(browser.executeScript("return navigator.onLine;")));
    }

    private void goOnline(ChromeDriver browser) throws Exception {
        proxy.restore();
        browser.deleteNetworkConditions();
    }

    private static void awaitQueued(ChromeDriver browser, int count) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> {
            List<WebElement> items = browser.findElements(By.cssSelector("#offline-queue li"));
            return items.size() == count && items.stream().allMatch(li -> li.getText().contains("Đang chờ gửi"));
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object> queuedEntries(ChromeDriver browser) {
        return (List<Object>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "XuatXuQueue.all().then(done, function () { done([]); });");
    }

    /** Puts the already sent entries back into the queue, key and all, and sends them again. */
    private static void resend(ChromeDriver browser, List<Object> entries) {
        Object sent = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "Promise.all(arguments[0].map(function (e) { return XuatXuQueue.put(e); }))"
                + ".then(function () { return XuatXuQueue.sendAll(); }).then(done, function (e) { done(String(e)); });", entries);
        assertEquals((long) entries.size(), sent, "the server answered each repeat as a success (replayed)");
    }

    private String token(String username, String password) throws Exception {
        return JSON.readTree(app.postJson("/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\"}").body()).path("accessToken").asText();
    }

    private static String lotJson(String lotNumber, String reservationId) {
        return "{\"gtin\":\"" + COOP_GTIN + "\",\"lotNumber\":\"" + lotNumber + "\",\"productionDate\":\""
                + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1) + "\",\"quantity\":10,\"unit\":\"KGM\""
                + (reservationId == null ? "" : ",\"reservationId\":\"" + reservationId + "\"") + "}";
    }

    /** Where a scan of a blank-lot label is sent (the redirect's target). */
    private String blankLabelTarget(String gtin, String serial) throws Exception {
        HttpResponse<String> answer = app.get("/01/" + gtin + "/21/" + serial);
        assertEquals(307, answer.statusCode(), answer.body());
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private int lots(String lotNumber) {
        return db().fetchCount(LOT, LOT.LOT_NUMBER.eq(lotNumber));
    }

    private int samples(String sealId) {
        return db().fetchCount(KITCHEN_SAMPLE, KITCHEN_SAMPLE.SEAL_ID.eq(sealId));
    }

    private DSLContext db() {
        return app.context().getBean(DSLContext.class);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + proxy.port() + path;
    }

    private static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}

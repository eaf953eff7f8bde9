package vn.xuatxu.api.passport.resolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.xuatxu.api.db.enums.LedgerOutboxStatus;
import vn.xuatxu.api.identity.application.OrganisationRegistration;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.OrganisationStore;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.SubmitOutcome;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.xuatxu.api.testing.PhoneBrowser;
import vn.xuatxu.api.testing.RunningApplication;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.db.Tables.LABEL_BATCH;
import static vn.xuatxu.api.db.Tables.LABEL_SERIAL;
import static vn.xuatxu.api.db.Tables.LABEL_SERIAL_CHECK;
import static vn.xuatxu.api.db.Tables.LEDGER_OUTBOX;
import static vn.xuatxu.api.db.Tables.PROBLEM_REPORT;
import static vn.xuatxu.api.db.Tables.PRODUCT;

/**
 * What the passport page adds around a scan: each serial's scans counted once per address, where it was
 * first scanned, the copied-label warning (too many checks, or places far apart), the "report a problem"
 * form with its spam and rate checks, the reports reaching the producer and the agency and nobody else,
 * and the rendered-page cache that must never show a page older than the data it shows.
 *
 * <p>The server is told to trust {@code X-Forwarded-For} so one test client can pose as many buyers, and
 * maps two documentation address ranges to two provinces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScanReportAndCacheIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GTIN = "08938600001016";
    private static final String LOT = "MA2026-001";
    private static final String LOT_PATH = "/01/" + GTIN + "/10/" + LOT;
    private static final String HA_NOI = "198.51.100.";
    private static final String HO_CHI_MINH = "203.0.113.";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private RunningApplication app;
    private DSLContext db;
    private String producer;
    private List<String> serials;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of(
                "xuatxu.origins.places", List.of(HA_NOI + "0/24=Hà Nội", HO_CHI_MINH + "0/24=TP. Hồ Chí Minh"),
                "xuatxu.origins.trust-forwarded-for", true,
                "xuatxu.scans.max-checks", 5,
                "xuatxu.problem-reports.min-fill-time", "1s",
                "xuatxu.problem-reports.per-address-per-hour", 2,
                "xuatxu.problem-reports.per-label-per-hour", 3,
                "xuatxu.passport-cache.ttl", "3s"));
        db = app.context().getBean(DSLContext.class);
        producer = "Bearer " + token("htx.muongang", "demo-coffee-2026");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!app.get(LOT_PATH).body().contains("Đã xác thực trên sổ cái") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        HttpResponse<String> created = app.postJson("/api/v1/lots/1/label-batches", "{\"count\":6}", "Authorization", producer);
        assertEquals(201, created.statusCode(), created.body());
        String batchId = JSON.readTree(created.body()).path("batchId").asText();
        deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!JSON.readTree(app.get("/api/v1/label-batches/" + batchId, "Authorization", producer).body())
                .path("ledgerStatus").asText().equals("COMMITTED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        serials = db.select(LABEL_SERIAL.SERIAL).from(LABEL_SERIAL).join(LABEL_BATCH).on(LABEL_BATCH.ID.eq(LABEL_SERIAL.BATCH_ID))
                .where(LABEL_BATCH.BATCH_ID.eq(batchId)).orderBy(LABEL_SERIAL.POSITION).fetch(LABEL_SERIAL.SERIAL);
        assertEquals(6, serials.size());
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void aScanIsCountedOncePerAddressWithTheFirstPlaceAndDate() throws Exception {
        String serial = serials.get(0);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        HttpResponse<String> first = scan(serial, HA_NOI + "7");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("Tem chính hãng (số sê-ri " + serial + ") — quét lần đầu ngày " + today
                + " tại Hà Nội. Tem này đã được kiểm tra 1 lần"), first.body());
        for (int i = 0; i < 30; i++) {
            scan(serial, HA_NOI + "7");
        }
        assertEquals(1, checks(serial), "a bot reloading from one address adds one check");
        HttpResponse<String> other = scan(serial, HA_NOI + "8");
        assertTrue(other.body().contains("đã được kiểm tra 2 lần"), other.body());
        assertTrue(other.body().contains("tại Hà Nội"), "the first place stays the first");
        assertFalse(other.body().contains("sao chép"));
        assertEquals(2, checks(serial));
        assertEquals("private, max-age=30", other.headers().firstValue("cache-control").orElseThrow());
        assertFalse(other.headers().firstValue("last-modified").isPresent(), "a serial page changes with every scan");
    }

    @Test
    @Order(2)
    void aLabelCheckedTooOftenIsFlaggedAsPossiblyCopiedWithAWayToReportIt() throws Exception {
        String serial = serials.get(1);
        for (int buyer = 1; buyer <= 5; buyer++) {
            assertFalse(scan(serial, HA_NOI + (20 + buyer)).body().contains("sao chép"), "buyer " + buyer);
        }
        HttpResponse<String> sixth = scan(serial, HA_NOI + "26");
        String body = sixth.body();
        assertTrue(body.contains("Cảnh báo: tem " + serial + " đã được kiểm tra 6 lần"), body);
        assertTrue(body.contains("class=\"note bad\" role=\"alert\""), "in red");
        assertTrue(body.contains("<a href=\"#bao-cao\">Báo cáo tem nghi giả</a>"), body);
        assertTrue(body.contains("id=\"bao-cao\""), "the report form is on the page");
        assertTrue(body.indexOf("Cảnh báo: tem") < body.indexOf("id=\"proof\""), "the warning comes before the proof");
        String english = http.send(HttpRequest.newBuilder(app.uri(LOT_PATH + "/21/" + serial + "?lang=en"))
                .header("X-Forwarded-For", HA_NOI + "27").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(english.contains("has been checked 7 times") && english.contains("may have been copied"), english);

        ChromeDriver phone = PhoneBrowser.open(390, 844);
        try {
            phone.get(app.uri(LOT_PATH + "/21/" + serial + "?lang=vi").toString());
            assertTrue(phone.findElement(By.cssSelector(".note.bad")).getText().contains("có thể đã bị sao chép"));
            long scrollWidth = (Long) phone.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scrollWidth <= 390, "page is " + scrollWidth + " px wide");
            Files.write(Path.of("target", "passport-clone-warning-phone.png"), phone.getScreenshotAs(OutputType.BYTES));
            phone.findElement(By.linkText("Báo cáo tem nghi giả")).click();
            assertTrue(phone.getCurrentUrl().endsWith("#bao-cao"));
            assertTrue(phone.findElement(By.id("r-message")).isDisplayed(), "the link leads to the report form");
            Files.write(Path.of("target", "passport-report-form-phone.png"), phone.getScreenshotAs(OutputType.BYTES));
        } finally {
            phone.quit();
        }
    }

    @Test
    @Order(3)
    void aLabelScannedInTwoProvincesWithinTheHourIsFlagged() throws Exception {
        String serial = serials.get(2);
        assertFalse(scan(serial, HA_NOI + "40").body().contains("sao chép"));
        HttpResponse<String> far = scan(serial, HO_CHI_MINH + "40");
        assertTrue(far.body().contains("vừa được quét ở những nơi cách xa nhau"), far.body());
        assertTrue(far.body().contains("quét lần đầu ngày") && far.body().contains("tại Hà Nội"), far.body());
        assertEquals(1, db.select(LABEL_SERIAL_CHECK.PLACE_JUMPS).from(LABEL_SERIAL_CHECK)
                .where(LABEL_SERIAL_CHECK.SERIAL.eq(serial)).fetchOne(LABEL_SERIAL_CHECK.PLACE_JUMPS));
        assertEquals("TP. Hồ Chí Minh", db.select(LABEL_SERIAL_CHECK.LAST_PLACE).from(LABEL_SERIAL_CHECK)
                .where(LABEL_SERIAL_CHECK.SERIAL.eq(serial)).fetchOne(LABEL_SERIAL_CHECK.LAST_PLACE));
        HttpResponse<String> unknownPlace = scan(serials.get(3), "192.0.2.1");
        assertTrue(unknownPlace.body().contains("quét lần đầu ngày") && !unknownPlace.body().contains(" tại "),
                "no place configured for that address: the date alone");
    }

    @Test
    @Order(4)
    void aReportIsRefusedWhenTooFastForgedOrMalformedAndStoredWhenSent() throws Exception {
        String page = LOT_PATH + "/21/" + serials.get(0);
        String token = token(scan(serials.get(0), HA_NOI + "50").body());

        HttpResponse<String> tooFast = report(page, HA_NOI + "50", form(token, "COUNTERFEIT", "Tem trông mờ, chữ in lệch", ""));
        assertEquals(400, tooFast.statusCode(), tooFast.body());
        assertTrue(tooFast.body().contains("gửi quá nhanh"), tooFast.body());
        assertTrue(tooFast.body().contains("Tem trông mờ, chữ in lệch"), "what the buyer typed is kept");
        Thread.sleep(1100);

        assertEquals(400, report(page, HA_NOI + "50", form("1." + "x".repeat(43), "COUNTERFEIT", "Tem trông mờ, chữ lệch", ""))
                .statusCode(), "a made-up token");
        HttpResponse<String> badKind = report(page, HA_NOI + "50", form(token, "PRICE", "Giá bán quá cao so với", ""));
        assertEquals(400, badKind.statusCode());
        assertTrue(badKind.body().contains("chọn loại vấn đề"), badKind.body());
        assertEquals(400, report(page, HA_NOI + "50", form(token, "QUALITY", "ngắn", "")).statusCode());
        HttpResponse<String> shortInEnglish = report(page + "?lang=en", HA_NOI + "53", form(token, "QUALITY", "short", ""));
        assertEquals(400, shortInEnglish.statusCode());
        assertTrue(shortInEnglish.body().contains("Please describe the problem (at least"), shortInEnglish.body());
        assertEquals(400, report(page, HA_NOI + "50", form(token, "QUALITY", "a".repeat(2001), "")).statusCode());
        assertEquals(400, report(page, HA_NOI + "50", form(token, "QUALITY", "Cà phê bị mốc trong túi", "x".repeat(201)))
                .statusCode());
        assertEquals(0, reports(), "nothing refused is stored");

        Map<String, String> bot = form(token, "OTHER", "Buy cheap watches at example.com", "");
        bot.put("website", "https://spam.example");
        HttpResponse<String> trapped = report(page, HA_NOI + "51", bot);
        assertEquals(200, trapped.statusCode(), "a bot is not told");
        assertEquals(0, reports(), "the honeypot report is dropped");

        HttpResponse<String> sent = report(page, HA_NOI + "50",
                form(token, "COUNTERFEIT", "Mua ở chợ Mường Thanh ngày 1/12, tem mờ và lệch.", "0912 345 678"));
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("Đã gửi báo cáo") && sent.body().contains("nhà sản xuất và cơ quan quản lý"), sent.body());
        var stored = db.selectFrom(PROBLEM_REPORT).fetchOne();
        assertEquals(serials.get(0), stored.getSerial());
        assertEquals(LOT, stored.getLotNumber());
        assertEquals("COUNTERFEIT", stored.getKind().name());
        assertEquals("0912 345 678", stored.getContact());
        assertEquals("Hà Nội", stored.getPlace(), "a province, not an address");

        HttpResponse<String> unknownProduct = report("/01/00000000000017", HA_NOI + "52",
                form(token, "QUALITY", "Sản phẩm không có trên hệ thống", ""));
        assertEquals(404, unknownProduct.statusCode(), unknownProduct.body());
        assertEquals(400, report("/01/123", HA_NOI + "52", form(token, "QUALITY", "Mã vạch sai rồi nhé", "")).statusCode());
    }

    @Test
    @Order(5)
    void reportsAreLimitedPerAddressAndPerLabel() throws Exception {
        String page = LOT_PATH + "/21/" + serials.get(4);
        String token = token(scan(serials.get(4), HA_NOI + "60").body());
        Thread.sleep(1100);
        assertEquals(200, report(page, HA_NOI + "60", form(token, "QUALITY", "Hạt cà phê bị ẩm, có mùi lạ", "")).statusCode());
        assertEquals(200, report(LOT_PATH, HA_NOI + "60", form(token, "QUALITY", "Túi bị thủng ở đáy khi mua", "")).statusCode());
        HttpResponse<String> third = report(LOT_PATH, HA_NOI + "60", form(token, "QUALITY", "Lần thứ ba từ cùng một máy", ""));
        assertEquals(429, third.statusCode(), third.body());
        assertTrue(third.body().contains("nhiều báo cáo trong một giờ"), third.body());

        assertEquals(200, report(page, HA_NOI + "61", form(token, "COUNTERFEIT", "Tem này tôi thấy ở hai cửa hàng", "")).statusCode());
        assertEquals(200, report(page, HA_NOI + "62", form(token, "COUNTERFEIT", "Tem này tôi cũng thấy ở chợ", "")).statusCode());
        HttpResponse<String> fourthOnLabel = report(page, HA_NOI + "63", form(token, "COUNTERFEIT", "Thêm một báo cáo nữa về tem", ""));
        assertEquals(429, fourthOnLabel.statusCode(), fourthOnLabel.body());
        assertEquals(5, reports());
    }

    @Test
    @Order(6)
    void theProducerAndTheAgencySeeTheReportsAndNobodyElse() throws Exception {
        JsonNode mine = JSON.readTree(app.get("/api/v1/problem-reports", "Authorization", producer).body());
        assertEquals(5, mine.size(), mine.toString());
        assertEquals("Hợp tác xã Cà phê Mường Ảng", mine.get(0).path("producer").asText());
        assertTrue(mine.findValuesAsText("message").contains("Mua ở chợ Mường Thanh ngày 1/12, tem mờ và lệch."));
        assertFalse(mine.toString().contains("198.51.100"), "no address anywhere");
        for (String inspector : List.of(token("thanh.tra", "demo-inspector-2026"), token("so.nongnghiep", "demo-agency-2026"))) {
            assertEquals(5, JSON.readTree(app.get("/api/v1/problem-reports", "Authorization", "Bearer " + inspector).body()).size());
        }
        HttpResponse<String> kitchen = app.get("/api/v1/problem-reports", "Authorization",
                "Bearer " + token("bep.himlam", "demo-kitchen-2026"));
        assertEquals(403, kitchen.statusCode(), kitchen.body());

        OrganisationRegistration registration = app.context().getBean(OrganisationRegistration.class);
        db.transaction(configuration -> {
            long other = registration.register(configuration.dsl(), new OrganisationStore.NewOrganisation("TuanGiaoTeaMSP",
                    "Hợp tác xã Chè Tuần Giáo", OrganisationKind.PRODUCER, "Điện Biên", "Tuần Giáo", "Xã Quài Tở"));
            registration.addAccount(configuration.dsl(), other, "htx.tuangiao", "Quàng Văn Chè", "other-producer-2026",
                    Set.of(Role.ORG_ADMIN, Role.STAFF));
        });
        JsonNode theirs = JSON.readTree(app.get("/api/v1/problem-reports", "Authorization",
                "Bearer " + token("htx.tuangiao", "other-producer-2026")).body());
        assertEquals(0, theirs.size(), "another producer sees none of them");
        assertEquals(400, app.get("/api/v1/problem-reports?limit=0", "Authorization", producer).statusCode());

        HttpResponse<String> listPage = app.get("/bao-cao-nguoi-mua", "Authorization", producer);
        assertEquals(200, listPage.statusCode(), listPage.body());
        assertTrue(listPage.body().contains("Nghi hàng giả, tem giả") && listPage.body().contains("0912 345 678"), listPage.body());
        assertTrue(app.get("/trang-chu", "Authorization", producer).body().contains("href=\"/bao-cao-nguoi-mua\""));
    }

    @Test
    @Order(7)
    void aRepeatScanIsARevalidationAndAChangeShownOnThePageIsSeenAtOnce() throws Exception {
        // Let the relay bring the organisation registered above to the ledger first: it moves the page's key.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (db.fetchCount(LEDGER_OUTBOX, LEDGER_OUTBOX.STATUS.eq(LedgerOutboxStatus.PENDING)) > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        HttpResponse<String> first = app.get(LOT_PATH);
        HttpResponse<String> second = app.get(LOT_PATH);
        assertEquals("public, max-age=30", first.headers().firstValue("cache-control").orElseThrow());
        String etag = first.headers().firstValue("etag").orElseThrow();
        String lastModified = first.headers().firstValue("last-modified").orElseThrow();
        assertEquals(etag, second.headers().firstValue("etag").orElseThrow(), "served from the cache");
        assertEquals(lastModified, second.headers().firstValue("last-modified").orElseThrow(), "rendered once");
        assertNotEquals(token(first.body()), "__FORM_TOKEN__");
        assertEquals(304, app.get(LOT_PATH, "If-None-Match", etag).statusCode());
        assertEquals(304, app.get(LOT_PATH, "If-Modified-Since", lastModified).statusCode());

        // Counting a scan writes to the database but changes nothing the cached page shows: the page stays.
        PageDataVersion.Counter version = app.context().getBean(PageDataVersion.Counter.class);
        long before = version.current();
        assertTrue(scan(serials.get(3), HA_NOI + "90").body().contains("Tem chính hãng"));
        assertEquals(2, checks(serials.get(3)));
        assertEquals(before, version.current(), "a counted scan does not retire cached pages");

        // A product field changed through the application: the next scan shows it (and the page's new fields).
        db.update(PRODUCT).set(PRODUCT.INGREDIENTS, "100% cà phê Arabica").set(PRODUCT.ALLERGENS, "Không có")
                .set(PRODUCT.STORAGE, "Nơi khô ráo, thoáng mát; đóng kín túi sau khi mở").where(PRODUCT.GTIN.eq(GTIN)).execute();
        HttpResponse<String> changed = app.get(LOT_PATH);
        assertTrue(changed.body().contains("100% cà phê Arabica") && changed.body().contains("Nơi khô ráo, thoáng mát"),
                changed.body());
        assertTrue(changed.body().contains("Thành phần") && changed.body().contains("Chất gây dị ứng"));
        assertNotEquals(etag, changed.headers().firstValue("etag").orElseThrow());
        assertEquals(200, app.get(LOT_PATH, "If-None-Match", etag).statusCode(), "the old ETag no longer matches");
        assertTrue(app.get("/01/" + GTIN).body().contains("100% cà phê Arabica"), "the product page too");
        assertTrue(changed.body().getBytes(StandardCharsets.UTF_8).length < 60_000, "under 60 KB with the form");

        // A row changed behind the application's back (plain JDBC, as a hand edit would): the cached page is
        // served until its time to live ends, then the change shows. This is also what proves the cache hits.
        // An attempt only counts when nothing moved the key meanwhile (the relay may still be writing the
        // organisation registered above to the ledger).
        Ledger ledger = app.context().getBean(Ledger.class);
        String storage = null;
        boolean servedFromCache = false;
        for (int attempt = 1; attempt <= 5 && !servedFromCache; attempt++) {
            Thread.sleep(3_100); // the primed page below is then freshly rendered, far from its time to live
            long dataVersion = version.current();
            long height = ledger.status().height();
            app.get(LOT_PATH);
            storage = "Bảo quản lạnh 2–8 °C (lần " + attempt + ")";
            try (Connection connection = app.context().getBean(DataSource.class).getConnection();
                 PreparedStatement update = connection.prepareStatement("UPDATE product SET storage = ? WHERE gtin = ?")) {
                update.setString(1, storage);
                update.setString(2, GTIN);
                assertEquals(1, update.executeUpdate());
            }
            String body = app.get(LOT_PATH).body();
            if (version.current() == dataVersion && ledger.status().height() == height) {
                assertFalse(body.contains(storage), "still the cached page");
                servedFromCache = true;
            }
        }
        assertTrue(servedFromCache, "the page's key never held still for a second");
        Thread.sleep(3_100);
        assertTrue(app.get(LOT_PATH).body().contains(storage), "after the time to live");
    }

    @Test
    @Order(8)
    void aVoidAndARecallShowAtTheNextScan() throws Exception {
        String serial = serials.get(5);
        assertTrue(scan(serial, HA_NOI + "70").body().contains("Tem chính hãng"));
        String batchId = db.select(LABEL_BATCH.BATCH_ID).from(LABEL_BATCH).join(LABEL_SERIAL)
                .on(LABEL_SERIAL.BATCH_ID.eq(LABEL_BATCH.ID)).where(LABEL_SERIAL.SERIAL.eq(serial)).fetchOne(LABEL_BATCH.BATCH_ID);
        HttpResponse<String> voided = app.postJson("/api/v1/label-batches/" + batchId + "/void",
                "{\"serials\":[\"" + serial + "\"],\"reason\":\"Tem rách khi dán\"}", "Authorization", producer);
        assertEquals(200, voided.statusCode(), voided.body());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String page;
        do {
            page = scan(serial, HA_NOI + "70").body();
        } while (!page.contains("Tem này đã bị huỷ") && Instant.now().isBefore(deadline));
        assertTrue(page.contains("Tem này đã bị huỷ"), page);

        String before = app.get(LOT_PATH).body();
        assertFalse(before.contains("LÔ HÀNG ĐÃ BỊ THU HỒI"));
        SubmitOutcome recall = app.context().getBean(Ledger.class).submit(LedgerTransaction.of("DienBienAgencyMSP", "recallLot",
                "{\"gtin\":\"" + GTIN + "\",\"lotNumber\":\"" + LOT + "\",\"reason\":\"Phát hiện nấm mốc trong mẫu lưu\"}"));
        assertInstanceOf(SubmitOutcome.Committed.class, recall, recall.toString());
        assertTrue(app.get(LOT_PATH).body().contains("LÔ HÀNG ĐÃ BỊ THU HỒI"), "no waiting for the cache to age");
        assertTrue(app.get(LOT_PATH + "?lang=en").body().contains("THIS LOT HAS BEEN RECALLED"));
        assertTrue(scan(serials.get(0), HA_NOI + "71").body().contains("LÔ HÀNG ĐÃ BỊ THU HỒI"), "and on every serial's page");
    }

    private HttpResponse<String> scan(String serial, String address) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(LOT_PATH + "/21/" + serial)).header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> report(String path, String address, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(app.uri(path)).header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> form(String token, String kind, String message, String contact) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        form.put("website", "");
        form.put("kind", kind);
        form.put("message", message);
        form.put("contact", contact);
        return form;
    }

    private static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        assertTrue(matcher.find(), "the form has a token: " + page);
        return matcher.group(1);
    }

    private int checks(String serial) {
        return db.select(LABEL_SERIAL_CHECK.QR_CHECKS).from(LABEL_SERIAL_CHECK).where(LABEL_SERIAL_CHECK.SERIAL.eq(serial))
                .fetchOne(LABEL_SERIAL_CHECK.QR_CHECKS);
    }

    private int reports() {
        return db.fetchCount(PROBLEM_REPORT);
    }

    private String token(String user, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        return JSON.readTree(login.body()).path("accessToken").asText();
    }
}

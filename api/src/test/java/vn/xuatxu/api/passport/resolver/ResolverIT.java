package vn.xuatxu.api.passport.resolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.api.testing.PhoneBrowser;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resolver as a scanning phone and a program meet it: every route and representation, the canonical
 * redirect, the refusals (never a 500, never internals), the journey and certificates read from the ledger,
 * the English toggle, and the recall banner after the agency recalls the demo lot on the ledger.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResolverIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://truyxuat.dienbien.example";
    private static final String GTIN = "08938600001016";
    private static final String LOT = "MA2026-001";
    private static final String LOT_PATH = "/01/" + GTIN + "/10/" + LOT;
    private static final String AGENCY = "DienBienAgencyMSP";
    private static final String COOP = "MuongAngCoffeeMSP";
    private static final String SCHOOL = "HimLamSchoolMSP";
    private RunningApplication app;

    @BeforeAll
    void startAndWaitForTheDemoLot() throws Exception {
        app = RunningApplication.start(Map.of());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!app.get(LOT_PATH).body().contains("Đã xác thực trên sổ cái") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theLotPageIsSmallVietnameseCacheableAndProvesTheRecord() throws Exception {
        HttpResponse<String> page = app.get(LOT_PATH);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
        assertEquals("vi", page.headers().firstValue("content-language").orElseThrow());
        assertTrue(page.body().contains("Đã xác thực trên sổ cái"), page.body());
        assertTrue(page.body().contains("Cà phê Arabica Mường Ảng rang xay"));
        assertTrue(page.body().contains("Hợp tác xã Cà phê Mường Ảng"));
        assertTrue(page.body().contains("Xã Mường Ảng") && page.body().contains("Huyện (cũ)"), "commune and former district");
        assertTrue(page.body().contains("Hành trình lô hàng"));
        assertTrue(page.body().contains("Đăng ký lô trên sổ cái"));
        assertTrue(page.body().contains("(giờ Việt Nam)"));
        assertFalse(page.body().contains("<script"), "no JavaScript needed");
        assertTrue(page.body().getBytes(StandardCharsets.UTF_8).length < 60_000, "under 60 KB");
        assertEquals("public, max-age=30", page.headers().firstValue("cache-control").orElseThrow());
        assertTrue(page.headers().firstValue("link").orElseThrow().contains("rel=\"linkset\""));

        String etag = page.headers().firstValue("etag").orElseThrow();
        HttpResponse<String> again = app.get(LOT_PATH, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    @Order(2)
    void zeroSuppressedGtinsRedirectToTheCanonicalUri() throws Exception {
        HttpResponse<String> redirect = app.get("/01/" + GTIN.substring(1) + "/10/" + LOT + "?17=271231");
        assertEquals(301, redirect.statusCode(), redirect.body());
        assertEquals(LOT_PATH + "?17=271231", redirect.headers().firstValue("location").orElseThrow());

        HttpResponse<String> product = app.get("/01/" + GTIN.substring(1));
        assertEquals(301, product.statusCode(), product.body());
        assertEquals("/01/" + GTIN, product.headers().firstValue("location").orElseThrow());
    }

    @Test
    @Order(3)
    void theProductRouteShowsTheProductWithoutALot() throws Exception {
        HttpResponse<String> page = app.get("/01/" + GTIN);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Cà phê Arabica Mường Ảng rang xay"));
        assertTrue(page.body().contains("Quét mã QR trên từng bao bì"));
        assertFalse(page.body().contains("Số lô"));
    }

    @Test
    @Order(4)
    void jsonLdIsASchemaOrgAndGs1Product() throws Exception {
        HttpResponse<String> response = app.get(LOT_PATH, "Accept", "application/ld+json");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("application/ld+json"));
        JsonNode product = JSON.readTree(response.body());
        assertEquals("https://schema.org/", product.path("@context").path("@vocab").asText());
        assertEquals("https://gs1.org/voc/", product.path("@context").path("gs1").asText());
        assertEquals(BASE + LOT_PATH, product.path("@id").asText());
        List<String> types = new ArrayList<>();
        product.path("@type").forEach(type -> types.add(type.asText()));
        assertEquals(List.of("Product", "gs1:Product"), types);
        assertEquals(GTIN, product.path("gtin").asText());
        assertEquals(LOT, product.path("gs1:hasBatchLotNumber").asText());
        assertEquals("Hợp tác xã Cà phê Mường Ảng", product.path("manufacturer").path("name").asText());
        assertEquals("MATCHES", property(product, "ledgerProof").asText());
        assertEquals(64, property(product, "ledgerTransactionId").asText().length());

        // The items of Decree 37/2026 the producer declared, in the terms docs/passport-model.md names.
        assertEquals("5600123456", product.path("manufacturer").path("taxID").asText());
        assertEquals(13, product.path("manufacturer").path("globalLocationNumber").asText().length());
        assertTrue(product.path("countryOfOrigin").path("name").asText().contains("Mường Ảng"), product.toString());
        assertEquals(BASE + "/static/demo/ca-phe-arabica.svg", product.path("image").asText());
        assertEquals("Mường Ảng Arabica", product.path("brand").path("name").asText());
        assertTrue(property(product, "standardsApplied").asText().startsWith("TCVN 4193:2014"), product.toString());
        List<String> certifications = new ArrayList<>();
        product.path("hasCertification").forEach(c -> certifications.add(c.path("name").asText()));
        assertTrue(certifications.contains("VietGAP"), certifications.toString());
    }

    @Test
    @Order(5)
    void theLinksetFollowsRfc9264WithTheGs1LinkTypes() throws Exception {
        HttpResponse<String> byAccept = app.get(LOT_PATH, "Accept", "application/linkset+json");
        HttpResponse<String> byLinkType = app.get(LOT_PATH + "?linkType=linkset");
        for (HttpResponse<String> response : List.of(byAccept, byLinkType)) {
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("application/linkset+json"));
            JsonNode linkset = JSON.readTree(response.body()).path("linkset");
            assertTrue(linkset.isArray() && linkset.size() == 2, "the lot, then the GTIN it walks up to");
            JsonNode lot = linkset.get(0);
            assertEquals(BASE + LOT_PATH, lot.path("anchor").asText());
            assertEquals(BASE + "/01/" + GTIN, linkset.get(1).path("anchor").asText());
            for (String type : List.of("defaultLink", "pip", "certificationInfo", "traceability", "recallStatus",
                    "verificationService")) {
                JsonNode targets = lot.path("https://gs1.org/voc/" + type);
                assertTrue(targets.isArray() && targets.size() > 0, type + " in " + lot);
                for (JsonNode target : targets) {
                    assertTrue(target.path("href").asText().startsWith(BASE + "/"), target.toString());
                    assertFalse(target.path("title").asText().isBlank());
                    assertEquals("en", target.path("title*").get(0).path("language").asText());
                    assertTrue(target.path("hreflang").isMissingNode() || target.path("hreflang").isArray());
                }
            }
            List<String> languages = new ArrayList<>();
            lot.path("https://gs1.org/voc/pip").forEach(target -> languages.add(target.path("hreflang").get(0).asText()));
            assertEquals(List.of("vi", "en"), languages);
        }
    }

    @Test
    @Order(6)
    void aLinkTypeRedirectsToThatLinkAndItsTargetAnswers() throws Exception {
        HttpResponse<String> redirect = app.get(LOT_PATH + "?linkType=gs1:recallStatus");
        assertEquals(307, redirect.statusCode());
        String location = redirect.headers().firstValue("location").orElseThrow();
        assertEquals(BASE + "/api/v1/passports/" + GTIN + "/" + LOT + "/recall-status", location);
        HttpResponse<String> status = app.get(URI.create(location).getRawPath());
        assertEquals(200, status.statusCode(), status.body());
        assertFalse(JSON.readTree(status.body()).path("recalled").asBoolean(true));

        HttpResponse<String> english = app.get(LOT_PATH + "?linkType=https://gs1.org/voc/pip&17=271231&lang=en");
        assertEquals(307, english.statusCode());
        assertEquals(BASE + LOT_PATH + "?lang=en&17=271231", english.headers().firstValue("location").orElseThrow());

        HttpResponse<String> none = app.get(LOT_PATH + "?linkType=gs1:recipeInfo");
        assertEquals(404, none.statusCode());
        assertTrue(none.body().contains("gs1:pip"), none.body());
    }

    @Test
    @Order(7)
    void theResolverDescribesItself() throws Exception {
        HttpResponse<String> response = app.get("/.well-known/gs1resolver");
        assertEquals(200, response.statusCode());
        JsonNode description = JSON.readTree(response.body());
        assertEquals(BASE, description.path("resolverRoot").asText());
        assertEquals("01", description.path("supportedPrimaryKeys").get(0).asText());
        assertEquals("gs1:", description.path("supportedLinkType").get(0).path("prefix").asText());
        assertTrue(description.path("linkTypeDefaultCanBeLinkset").asBoolean());
    }

    @Test
    @Order(8)
    void malformedAndUnknownLinksGetHelpfulPagesNeverAFailure() throws Exception {
        record Case(String path, int status, String says) {
        }
        for (Case c : List.of(
                new Case("/01/123/10/abc", 400, "GTIN"),
                new Case("/01/08938600001017/10/" + LOT, 400, "Số kiểm tra"),
                new Case("/01/ABCDEFGHIJKLMN", 400, "chữ số"),
                new Case(LOT_PATH + "?17=271331", 400, "tháng 13"),
                new Case(LOT_PATH + "?17=27", 400, "YYMMDD"),
                new Case(LOT_PATH + "?999=x", 400, "?999="),
                new Case("/01/" + GTIN + "/10/" + "A".repeat(21), 400, "tối đa 20"),
                new Case("/01/" + GTIN + "/21/ABC/10/" + LOT, 400, "/01/…/10/…/21/…"),
                new Case("/01/" + GTIN + "/10/" + LOT + "/21/%C3%B4", 400, "sê-ri"),
                new Case("/01/" + GTIN + "/10/NOPE", 404, "không chính hãng"),
                new Case("/01/00000000000017", 404, "Không tìm thấy sản phẩm"))) {
            HttpResponse<String> response = app.get(c.path(), "Accept", "text/html");
            assertEquals(c.status(), response.statusCode(), c.path() + " → " + response.body());
            assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("text/html"), c.path());
            assertTrue(response.body().contains(c.says()), c.path() + " → " + response.body());
            assertFalse(response.body().contains("Exception") || response.body().contains("at vn.")
                    || response.body().contains("at io."), response.body());
        }
        HttpResponse<String> hint = app.get("/01/123/10/abc");
        assertTrue(hint.body().contains("/01/{mã GTIN 8–14 số}/10/{số lô}"), hint.body());
        HttpResponse<String> json = app.get("/01/123/10/abc", "Accept", "application/ld+json");
        assertEquals(400, json.statusCode());
        assertEquals("gtin", JSON.readTree(json.body()).path("field").asText());
        HttpResponse<String> english = app.get("/01/" + GTIN + "/10/NOPE?lang=en");
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("Not found"), english.body());
        assertTrue(english.body().contains("If this code is printed on the package, the product may not be genuine."),
                english.body());
        HttpResponse<String> englishMonth = app.get(LOT_PATH + "?17=271331&lang=en", "Accept", "text/html");
        assertEquals(400, englishMonth.statusCode());
        assertTrue(englishMonth.body().contains("has an invalid month 13"), englishMonth.body());
        HttpResponse<String> englishJson = app.get("/01/00000000000017", "Accept", "application/json",
                "Accept-Language", "en");
        assertEquals(404, englishJson.statusCode());
        assertTrue(englishJson.body().contains("No product with GTIN 00000000000017"), englishJson.body());
    }

    @Test
    @Order(9)
    void anUnknownSerialShowsTheLotWithAClearNote() throws Exception {
        HttpResponse<String> page = app.get(LOT_PATH + "/21/000123");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Số sê-ri 000123 không có trong các lô tem đã phát hành"), page.body());
        assertTrue(page.body().contains("Đã xác thực trên sổ cái"));
        JsonNode linkset = JSON.readTree(app.get(LOT_PATH + "/21/000123?linkType=linkset").body()).path("linkset");
        assertEquals(BASE + LOT_PATH + "/21/000123", linkset.get(0).path("anchor").asText());
        assertEquals(3, linkset.size(), "serial, lot, GTIN");
        HttpResponse<String> verification = app.get("/api/v1/passports/" + GTIN + "/" + LOT + "/verification?serial=000123");
        assertEquals("UNKNOWN", JSON.readTree(verification.body()).path("label").path("verdict").asText());
    }

    @Test
    @Order(10)
    void anExpiryInTheQrCodeThatDiffersFromTheRegisteredOneIsFlagged() throws Exception {
        HttpResponse<String> page = app.get(LOT_PATH + "?17=200101");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Hạn sử dụng ghi trong mã QR (01/01/2020)"), page.body());
    }

    @Test
    @Order(11)
    void vietnameseFirstAndTheEnglishToggleSwitchesTheLanguage() throws Exception {
        HttpResponse<String> toggled = app.get(LOT_PATH + "?lang=en");
        assertEquals(200, toggled.statusCode());
        assertEquals("en", toggled.headers().firstValue("content-language").orElseThrow());
        assertTrue(toggled.body().contains("Verified on the blockchain ledger"), toggled.body());
        assertTrue(toggled.body().contains("<html lang=\"en\""));
        assertTrue(toggled.body().contains("?lang=vi"), "a way back to Vietnamese");

        HttpResponse<String> englishPhone = app.get(LOT_PATH, "Accept-Language", "en-US,en;q=0.9");
        assertTrue(englishPhone.body().contains("Hành trình lô hàng"), "Vietnamese first, whatever the phone's language");
        assertTrue(englishPhone.body().contains("?lang=en"), "with English one tap away");
        HttpResponse<String> vietnamese = app.get(LOT_PATH, "Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8");
        assertTrue(vietnamese.body().contains("Hành trình lô hàng"));
        assertTrue(vietnamese.body().contains("?lang=en"), "the toggle to English");
    }

    @Test
    @Order(12)
    void theJourneyAndCertificatesComeFromTheLedger() throws Exception {
        Ledger ledger = app.context().getBean(Ledger.class);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        committed(ledger.submit(LedgerTransaction.of(COOP, "updateProduct", "{\"gtin\":\"" + GTIN + "\","
                + "\"name\":\"Cà phê Arabica Mường Ảng rang xay\",\"category\":\"Cà phê\",\"ocopStars\":4,"
                + "\"ocopCertificate\":{\"number\":\"1234/QĐ-UBND\",\"issueDate\":\"" + today + "\",\"expiryDate\":\""
                + LocalDate.parse(today).plusMonths(36) + "\"},\"mark\":{\"kind\":\"GEOGRAPHICAL_INDICATION\","
                + "\"name\":\"Cà phê Mường Ảng\",\"certificateNumber\":\"00150\",\"holder\":\"UBND tỉnh Điện Biên\"}}")));
        committed(ledger.submit(LedgerTransaction.of(COOP, "recordEvent", event("commissioning", null))));
        committed(ledger.submit(LedgerTransaction.of(AGENCY, "recordEvent", event("inspecting", null))));
        committed(ledger.submit(LedgerTransaction.of(COOP, "recordEvent", event("shipping", SCHOOL))));

        HttpResponse<String> page = app.get(LOT_PATH);
        String body = page.body();
        assertTrue(body.contains("1234/QĐ-UBND") && body.contains("Còn hiệu lực đến"), body);
        assertTrue(body.contains("Chỉ dẫn địa lý") && body.contains("Cà phê Mường Ảng"), body);
        assertTrue(body.indexOf("Khởi tạo lô") < body.indexOf("Kiểm tra chất lượng")
                && body.indexOf("Kiểm tra chất lượng") < body.indexOf("Xuất hàng, vận chuyển"), "in ledger order");
        assertTrue(body.contains("Sở Nông nghiệp và Môi trường tỉnh Điện Biên"), "the inspector by name");
        assertTrue(body.contains("Đến: Trường Tiểu học Him Lam"), "the receiver by name");
        assertTrue(body.contains("Đang vận chuyển"), "status from the ledger");

        JsonNode events = JSON.readTree(app.get("/api/v1/passports/" + GTIN + "/" + LOT + "/events").body());
        assertEquals(3, events.path("events").size());
        JsonNode jsonLd = JSON.readTree(app.get(LOT_PATH, "Accept", "application/ld+json").body());
        assertEquals("1234/QĐ-UBND", jsonLd.path("hasCertification").get(0).path("certificationIdentification").asText());
    }

    @Test
    @Order(13)
    void thePageFitsAPhoneScreenWithoutSideways() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(360, 740);
        try {
            browser.get(app.uri(LOT_PATH + "/21/000123?17=200101&lang=vi").toString());
            assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Cà phê Arabica"));
            long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) browser.executeScript("return window.innerWidth;");
            assertTrue(scrollWidth <= viewport, "page is " + scrollWidth + " px wide in a " + viewport + " px screen");
            browser.findElement(By.id("lang-switch")).click();
            String proof = browser.findElement(By.id("proof")).getText();
            assertTrue(proof.contains("Verified"), browser.getCurrentUrl() + " shows " + proof);
            scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scrollWidth <= viewport, "English page is " + scrollWidth + " px wide");

            // The report form works without JavaScript: too fast is refused with the text kept, then sent.
            browser.get(app.uri(LOT_PATH + "/21/000123").toString());
            browser.findElement(By.id("r-message")).sendKeys("Tem không có trong lô, mua ở chợ Điện Biên Phủ");
            browser.findElement(By.cssSelector("#bao-cao button")).click();
            WebDriverWait answer = new WebDriverWait(browser, Duration.ofSeconds(20));
            answer.until(ExpectedConditions.presenceOfElementLocated(By.id("report-error")));
            assertTrue(browser.findElement(By.id("report-error")).getText().contains("quá nhanh"), browser.getPageSource());
            assertEquals("Tem không có trong lô, mua ở chợ Điện Biên Phủ",
                    browser.findElement(By.id("r-message")).getAttribute("value"));
            Thread.sleep(4_200);
            browser.findElement(By.cssSelector("#bao-cao button")).click();
            answer.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("report-sent")),
                    ExpectedConditions.not(ExpectedConditions.presenceOfElementLocated(By.id("r-message")))));
            assertTrue(!browser.findElements(By.id("report-sent")).isEmpty()
                    && browser.findElement(By.id("report-sent")).getText().contains("Đã gửi báo cáo"), browser.getPageSource());
            scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scrollWidth <= viewport, "the answer page is " + scrollWidth + " px wide");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(20)
    void aLotRecalledOnTheLedgerShowsAProminentBanner() throws Exception {
        Ledger ledger = app.context().getBean(Ledger.class);
        committed(ledger.submit(LedgerTransaction.of(AGENCY, "recallLot", "{\"gtin\":\"" + GTIN + "\",\"lotNumber\":\""
                + LOT + "\",\"reason\":\"Phát hiện nấm mốc trong mẫu lưu\"}")));

        HttpResponse<String> page = app.get(LOT_PATH);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("LÔ HÀNG ĐÃ BỊ THU HỒI"), body);
        assertTrue(body.contains("Phát hiện nấm mốc trong mẫu lưu"));
        assertTrue(body.indexOf("LÔ HÀNG ĐÃ BỊ THU HỒI") < body.indexOf("id=\"proof\""), "the banner comes first");
        assertTrue(body.contains("Thu hồi lô hàng"), "the recall in the journey");
        assertTrue(app.get(LOT_PATH + "?lang=en").body().contains("THIS LOT HAS BEEN RECALLED"));
        JsonNode status = JSON.readTree(app.get("/api/v1/passports/" + GTIN + "/" + LOT + "/recall-status").body());
        assertTrue(status.path("recalled").asBoolean());
        assertEquals("RECALLED", status.path("status").asText());
        JsonNode jsonLd = JSON.readTree(app.get(LOT_PATH, "Accept", "application/ld+json").body());
        assertEquals("RECALLED", property(jsonLd, "lotStatus").asText());
    }

    private static JsonNode property(JsonNode product, String id) {
        for (JsonNode property : product.path("additionalProperty")) {
            if (property.path("propertyID").asText().equals(id)) {
                return property.path("value");
            }
        }
        throw new AssertionError("no additionalProperty " + id + " in " + product);
    }

    private static void committed(SubmitOutcome outcome) {
        assertInstanceOf(SubmitOutcome.Committed.class, outcome, outcome.toString());
    }

    private static String event(String bizStep, String receiver) {
        String hash = HexFormat.of().formatHex(sha256().digest(
                (bizStep + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
        String time = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(30)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
        return "{\"eventHash\":\"ni:///sha-256;" + hash + "?ver=CBV2.0\",\"type\":\"ObjectEvent\",\"bizStep\":\"" + bizStep
                + "\",\"eventTime\":\"" + time + "\",\"lots\":[{\"gtin\":\"" + GTIN + "\",\"lotNumber\":\"" + LOT + "\"}]"
                + (receiver == null ? "" : ",\"receiverMspId\":\"" + receiver + "\"") + "}";
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.xuatxu.api.passport.model;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.testing.PhoneBrowser;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo co-operative's two products, one with a complete passport and one lacking its photo, origin and
 * standards with an OCOP certificate past 36 months: the API reports exactly that, printing labels for the
 * incomplete one warns until acknowledged and is refused once the agency makes a missing item blocking, a
 * producer sees and fixes the checklist on a phone, and the e-label shows the items in Vietnamese, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PassportCompletenessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPLETE_GTIN = "08938600001016";
    private final String incompleteGtin = "0893860000102" + Gtin.checkDigit("0893860000102");
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningApplication app;
    private String coop;
    private String agency;
    private String kitchen;
    private long completeProduct;
    private long incompleteProduct;
    private long incompleteLot;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        coop = token("htx.muongang", "demo-coffee-2026");
        agency = token("so.nongnghiep", "demo-agency-2026");
        kitchen = token("bep.himlam", "demo-kitchen-2026");
        String list = app.get("/api/v1/products", "Authorization", "Bearer " + coop).body();
        for (JsonNode product : JSON.readTree(list)) {
            String gtin = product.path("gtin").asText();
            if (gtin.equals(COMPLETE_GTIN)) {
                completeProduct = product.path("id").asLong();
            } else if (gtin.equals(incompleteGtin)) {
                incompleteProduct = product.path("id").asLong();
            }
        }
        assertTrue(completeProduct > 0 && incompleteProduct > 0, "the demo co-op has both products: " + list);
        HttpResponse<String> lot = app.postJson("/api/v1/lots", "{\"gtin\":\"" + incompleteGtin + "\",\"lotNumber\":\"NX-IT-1\","
                + "\"productionDate\":\"" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + "\",\"quantity\":40,\"unit\":\"kg\"}",
                "Authorization", "Bearer " + coop);
        assertEquals(201, lot.statusCode(), lot.body());
        incompleteLot = JSON.readTree(lot.body()).path("id").asLong();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theApiReportsEachMissingAndExpiredItemOfTheDemoProducts() throws Exception {
        JsonNode complete = get("/api/v1/products/" + completeProduct + "/completeness", coop);
        assertTrue(complete.path("complete").asBoolean(), complete.toString());

        JsonNode incomplete = get("/api/v1/products/" + incompleteProduct + "/completeness", coop);
        assertFalse(incomplete.path("complete").asBoolean());
        assertEquals(List.of("ORIGIN:MISSING", "STANDARDS:MISSING", "OCOP_CERTIFICATE:EXPIRED", "PRODUCT_IMAGE:MISSING"),
                findings(incomplete));
        for (JsonNode finding : incomplete.path("findings")) {
            assertTrue(finding.path("fix").asText().startsWith("/san-pham/" + incompleteProduct), finding.toString());
            assertFalse(finding.path("message").asText().isBlank());
        }

        JsonNode lot = get("/api/v1/lots/" + incompleteLot + "/completeness", coop);
        assertEquals(findings(incomplete), findings(lot), "a fresh lot adds nothing; it inherits its product's gaps");
        assertEquals("NX-IT-1", lot.path("lotNumber").asText());

        assertEquals(200, app.get("/api/v1/lots/" + incompleteLot + "/completeness", "Authorization", "Bearer " + agency)
                .statusCode(), "the agency reads every lot");
        assertEquals(404, app.get("/api/v1/lots/" + incompleteLot + "/completeness", "Authorization", "Bearer " + kitchen)
                .statusCode(), "others' lots are not found");
        assertEquals(404, app.get("/api/v1/products/" + incompleteProduct + "/completeness", "Authorization", "Bearer " + kitchen)
                .statusCode());
        assertEquals(401, app.get("/api/v1/lots/" + incompleteLot + "/completeness").statusCode());
    }

    @Test
    @Order(1)
    void theProducerPageShowsBothAddressSchemesAndRefusesABadTaxCode() throws Exception {
        HttpResponse<String> page = app.get("/co-so", "Authorization", "Bearer " + coop, "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Bản Co Líu, Xã Mường Ảng (trước đây thuộc huyện Mường Ảng), tỉnh Điện Biên"),
                page.body());
        assertTrue(page.body().contains("5600123456"));

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(app.uri("/co-so"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .header("Authorization", "Bearer " + coop)
                .POST(HttpRequest.BodyPublishers.ofString("taxCode=56-ABC&gln=8938600000019")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Mã số thuế gồm 10 chữ số"), refused.body());

        HttpResponse<String> rules = app.get("/quan-tri/ho-chieu-so", "Authorization", "Bearer " + agency, "Accept", "text/html");
        assertEquals(200, rules.statusCode());
        assertTrue(rules.body().contains("block-STANDARDS") && rules.body().contains("TT 02/2024 (10)"));
    }

    @Test
    @Order(2)
    void printingAnIncompleteLotWarnsFirstAndABlockingItemRefusesIt() throws Exception {
        String path = "/api/v1/lots/" + incompleteLot + "/label-batches";
        HttpResponse<String> warned = app.postJson(path, "{\"count\":2}", "Authorization", "Bearer " + coop);
        assertEquals(409, warned.statusCode(), warned.body());
        JsonNode warning = JSON.readTree(warned.body());
        assertEquals("PASSPORT_INCOMPLETE", warning.path("error").asText());
        assertEquals(4, warning.path("checklist").path("findings").size(), warned.body());

        HttpResponse<String> acknowledged = app.postJson(path, "{\"count\":2,\"acknowledgeIncomplete\":true}",
                "Authorization", "Bearer " + coop);
        assertEquals(201, acknowledged.statusCode(), acknowledged.body());

        assertEquals(403, put("/api/v1/passport/blocking-items", coop, "{\"items\":[\"STANDARDS\"]}").statusCode(),
                "only the agency chooses blocking items");
        assertEquals(400, put("/api/v1/passport/blocking-items", agency, "{\"items\":[\"NOT_AN_ITEM\"]}").statusCode());
        HttpResponse<String> set = put("/api/v1/passport/blocking-items", agency, "{\"items\":[\"STANDARDS\"]}");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("[\"STANDARDS\"]", JSON.readTree(set.body()).path("items").toString());

        HttpResponse<String> blocked = app.postJson(path, "{\"count\":2,\"acknowledgeIncomplete\":true}",
                "Authorization", "Bearer " + coop);
        assertEquals(422, blocked.statusCode(), blocked.body());
        JsonNode refusal = JSON.readTree(blocked.body());
        assertEquals("PASSPORT_BLOCKED", refusal.path("error").asText());
        assertTrue(refusal.path("message").asText().contains("Sở yêu cầu"), refusal.path("message").asText());
        assertTrue(refusal.path("checklist").path("blocked").asBoolean());

        HttpResponse<String> completeLot = app.postJson("/api/v1/lots/1/label-batches", "{\"count\":1}",
                "Authorization", "Bearer " + coop);
        assertEquals(201, completeLot.statusCode(), "a complete lot prints without any acknowledgement");

        assertEquals(200, put("/api/v1/passport/blocking-items", agency, "{\"items\":[]}").statusCode());
        assertEquals(0, get("/api/v1/passport/blocking-items", coop).path("items").size());
    }

    @Test
    @Order(3)
    void aProducerSeesTheChecklistOnAPhoneFixesAnItemAndIsWarnedBeforePrinting() throws Exception {
        ChromeDriver browser = PhoneBrowser.open(360, 740);
        try {
            browser.get(app.uri("/dang-nhap").toString());
            browser.findElement(By.id("username")).sendKeys("htx.muongang");
            browser.findElement(By.id("password")).sendKeys("demo-coffee-2026");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.urlMatches("/trang-chu$"));

            WebElement checklist = browser.findElement(By.id("ho-chieu-so"));
            String complete = browser.findElement(By.id("ho-chieu-" + completeProduct)).getText();
            assertTrue(complete.contains("Đủ thông tin"), complete);
            WebElement incomplete = browser.findElement(By.id("ho-chieu-" + incompleteProduct));
            assertTrue(incomplete.getText().contains("Thiếu 4 mục"), incomplete.getText());
            assertTrue(incomplete.getText().contains("Giấy chứng nhận OCOP đã hết hiệu lực"), incomplete.getText());
            assertTrue(incomplete.getText().contains("Thiếu tiêu chuẩn, quy chuẩn áp dụng"), incomplete.getText());
            assertEquals(4, incomplete.findElements(By.linkText("Bổ sung")).size());
            assertTrue(checklist.isDisplayed());
            assertNoSidewaysScroll(browser, "the home page with its checklist");
            browser.executeScript("arguments[0].scrollIntoView()", checklist);
            Files.write(Path.of("target", "passport-checklist-phone.png"), browser.getScreenshotAs(OutputType.BYTES));

            incomplete.findElement(By.cssSelector("li[data-item=STANDARDS] a")).click();
            waitFor(browser).until(ExpectedConditions.urlContains("/san-pham/" + incompleteProduct + "/ho-chieu"));
            browser.findElement(By.id("standardsApplied")).sendKeys("TCVN 4193:2014");
            browser.findElement(By.cssSelector("#declarations button[type=submit]")).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
            assertFalse(browser.findElement(By.id("checklist")).getText().contains("tiêu chuẩn"),
                    "the fixed item leaves the checklist");

            browser.get(app.uri("/lo-hang/" + incompleteLot + "/in-tem").toString());
            assertTrue(browser.findElement(By.id("checklist")).getText().contains("còn thiếu 3 mục"),
                    browser.findElement(By.id("checklist")).getText());
            WebElement count = browser.findElement(By.id("count"));
            count.clear();
            count.sendKeys("3");
            browser.findElement(By.cssSelector("#print-labels button[type=submit]")).click();
            WebElement warning = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("print-warning")));
            assertTrue(warning.getText().contains("còn thiếu 3 mục"), warning.getText());
            assertNoSidewaysScroll(browser, "the print warning");
            Files.write(Path.of("target", "print-warning-phone.png"), browser.getScreenshotAs(OutputType.BYTES));

            browser.findElement(By.id("acknowledgeIncomplete")).click();
            browser.findElement(By.cssSelector("#print-labels button[type=submit]")).click();
            WebElement batch = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("batch")));
            assertTrue(batch.getText().contains("Đã tạo 3 tem"), batch.getText());
            assertTrue(batch.findElement(By.linkText("PDF cho máy in tem")).getAttribute("href").contains("format=pdf"));
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(4)
    void theELabelShowsTheMandatoryItemsInVietnameseInTheRulesOrder() throws Exception {
        String path = "/01/" + COMPLETE_GTIN + "/10/MA2026-001";
        HttpResponse<String> page = app.get(path);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.getBytes(StandardCharsets.UTF_8).length < 60_000, "under the page's 60 KB budget");
        String eLabel = body.substring(body.indexOf("id=\"nhan-dien-tu\""), body.indexOf("id=\"san-pham\""));
        List<Integer> positions = new ArrayList<>();
        for (String item : List.of("Tên sản phẩm", "Mã số sản phẩm (GTIN)", "Tên cơ sở sản xuất, kinh doanh",
                "Địa chỉ cơ sở", "Mã số thuế", "Xuất xứ", "Mã truy xuất", "Thông tin truy xuất", "Tiêu chuẩn, quy chuẩn",
                "Giấy chứng nhận chất lượng", "Giấy chứng nhận OCOP", "Ngày sản xuất", "Hạn sử dụng", "Cảnh báo an toàn")) {
            int at = eLabel.indexOf(item);
            assertTrue(at >= 0, item + " is on the e-label");
            positions.add(at);
        }
        assertEquals(positions.stream().sorted().toList(), positions, "in the order of Decree 37/2026");
        assertTrue(eLabel.contains("Xã Mường Ảng (trước đây thuộc huyện Mường Ảng), tỉnh Điện Biên"), eLabel);
        assertTrue(eLabel.contains("<img"), "the product photo");

        String english = app.get(path + "?lang=en").body();
        String englishLabel = english.substring(english.indexOf("id=\"nhan-dien-tu\""), english.indexOf("id=\"san-pham\""));
        assertTrue(englishLabel.contains("Tên sản phẩm") && englishLabel.contains("Product name"),
                "English is a translation beside the Vietnamese, not instead of it");
        assertTrue(englishLabel.indexOf("Tên sản phẩm") < englishLabel.indexOf("Product name"));

        String lapsed = app.get("/01/" + incompleteGtin).body();
        assertTrue(lapsed.contains("215/QĐ-UBND") && lapsed.contains("(đã hết hiệu lực)"),
                "an expired OCOP certificate is never shown as valid on the e-label");
    }

    private static void assertNoSidewaysScroll(ChromeDriver browser, String what) {
        assertEquals(0L, (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"),
                what + " fits a 360 px wide phone");
    }

    private static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static List<String> findings(JsonNode checklist) {
        List<String> items = new ArrayList<>();
        checklist.path("findings").forEach(f -> items.add(f.path("item").asText() + ":" + f.path("kind").asText()));
        return items;
    }

    private JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = app.get(path, "Authorization", "Bearer " + token);
        assertEquals(200, response.statusCode(), path + " " + response.body());
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> put(String path, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String token(String user, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        return JSON.readTree(login.body()).path("accessToken").asText();
    }
}

package vn.xuatxu.api.passport.translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A producer enters Chinese and H'Mông texts for a product and its own name; the passport page shows them to a
 * reader who asks for that language (toggle or browser), with the page's words in English and the Vietnamese
 * name always there; a reader with an English phone still gets Vietnamese. The kitchen's public page and the
 * resolver's problem pages speak English on request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TranslationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GTIN = "08938600001016";
    private static final String LOT_PATH = "/01/" + GTIN + "/10/MA2026-001";
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningApplication app;
    private String producer;
    private long productId;
    private String vietnameseName;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        producer = "Bearer " + token("htx.muongang", "demo-coffee-2026");
        for (JsonNode product : JSON.readTree(app.get("/api/v1/products", "Authorization", producer).body())) {
            if (product.path("gtin").asText().equals(GTIN)) {
                productId = product.path("id").asLong();
                vietnameseName = product.path("name").asText();
            }
        }
        assertTrue(productId > 0, "the demo co-op's coffee");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theProducerEntersTranslationsAndBadOnesAreRefusedInVietnamese() throws Exception {
        HttpResponse<String> chinese = put("/api/v1/products/" + productId + "/translations/zh",
                "{\"name\":\"孟映阿拉比卡咖啡\",\"description\":\"奠边省高原咖啡，手工采摘。\"}", producer);
        assertEquals(200, chinese.statusCode(), chinese.body());
        assertEquals("zh", JSON.readTree(chinese.body()).path("language").asText());
        String decomposed = Normalizer.normalize("Kas fes Muôngz Ảng", Normalizer.Form.NFD);
        HttpResponse<String> hmong = put("/api/v1/products/" + productId + "/translations/HMN",
                "{\"name\":\"" + decomposed + "\"}", producer);
        assertEquals(200, hmong.statusCode(), hmong.body());
        assertEquals(Normalizer.normalize(decomposed, Normalizer.Form.NFC), JSON.readTree(hmong.body()).path("name").asText(),
                "stored NFC");
        assertEquals(200, put("/api/v1/organisation/translations/zh", "{\"name\":\"孟映咖啡合作社\"}", producer).statusCode());

        JsonNode list = JSON.readTree(app.get("/api/v1/products/" + productId + "/translations", "Authorization", producer).body());
        assertEquals(2, list.size());
        assertEquals("hmn", list.get(0).path("language").asText());

        HttpResponse<String> vietnamese = put("/api/v1/products/" + productId + "/translations/vi", "{\"name\":\"x\"}", producer);
        assertEquals(400, vietnamese.statusCode());
        assertTrue(JSON.readTree(vietnamese.body()).path("message").asText().contains("Tiếng Việt"), vietnamese.body());
        assertEquals(400, put("/api/v1/products/" + productId + "/translations/chinese", "{\"name\":\"x\"}", producer).statusCode());
        assertEquals(400, put("/api/v1/products/" + productId + "/translations/en", "{\"name\":\" \"}", producer).statusCode());
        String kitchen = "Bearer " + token("bep.himlam", "demo-kitchen-2026");
        assertEquals(404, put("/api/v1/products/" + productId + "/translations/en", "{\"name\":\"x\"}", kitchen).statusCode());
        String agency = "Bearer " + token("so.nongnghiep", "demo-agency-2026");
        assertEquals(403, put("/api/v1/products/" + productId + "/translations/en", "{\"name\":\"x\"}", agency).statusCode());
    }

    @Test
    @Order(2)
    void aChineseReaderSeesTheTranslationBesideTheVietnamese() throws Exception {
        HttpResponse<String> phone = app.get(LOT_PATH, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
        assertEquals(200, phone.statusCode());
        String page = phone.body();
        assertTrue(page.contains("<html lang=\"en\""), "page words in English");
        assertTrue(page.contains("<h1 lang=\"zh\" id=\"translated-name\">孟映阿拉比卡咖啡</h1>"), page);
        assertTrue(page.contains("Vietnamese: " + vietnameseName), "the Vietnamese name stays: " + page);
        assertTrue(page.contains("孟映咖啡合作社"), "the producer's name in Chinese");
        assertTrue(page.contains("Hợp tác xã Cà phê Mường Ảng"), "and its registered Vietnamese name");
        assertTrue(page.contains("Lot number"));
        assertTrue(phone.headers().firstValue("vary").orElseThrow().contains("Accept-Language"));

        assertTrue(app.get(LOT_PATH + "?lang=hmn").body().contains("Kas fes Muôngz Ảng"), "the toggle parameter too");
        assertTrue(app.get("/01/" + GTIN + "?lang=zh").body().contains("奠边省高原咖啡"), "the product page shows the description");
    }

    @Test
    @Order(3)
    void vietnameseAndEnglishPhonesGetTheVietnamesePage() throws Exception {
        String english = app.get(LOT_PATH, "Accept-Language", "en-US,en;q=0.9").body();
        assertTrue(english.contains("<html lang=\"vi\""));
        assertFalse(english.contains("孟映"), "no translation unless asked");
        String noTranslation = app.get(LOT_PATH + "?lang=en").body();
        assertTrue(noTranslation.contains("<h1>" + vietnameseName + "</h1>"), "no English text entered: the Vietnamese name");

        assertEquals(204, delete("/api/v1/products/" + productId + "/translations/zh").statusCode());
        assertEquals(404, delete("/api/v1/products/" + productId + "/translations/zh").statusCode());
        String after = app.get(LOT_PATH + "?lang=zh").body();
        assertFalse(after.contains("孟映阿拉比卡咖啡"));
        assertTrue(after.contains("孟映咖啡合作社"), "the producer's name is translated separately");
    }

    @Test
    @Order(4)
    void datesAndQuantitiesFollowThePageLanguage() throws Exception {
        JsonNode lot = JSON.readTree(app.get("/api/v1/lots/1", "Authorization", producer).body());
        LocalDate made = LocalDate.parse(lot.path("productionDate").asText());
        String vi = app.get(LOT_PATH).body();
        String en = app.get(LOT_PATH + "?lang=en").body();
        assertTrue(vi.contains(String.format("%02d/%02d/%d", made.getDayOfMonth(), made.getMonthValue(), made.getYear())), vi);
        assertTrue(en.contains(made.getDayOfMonth() + " " + made.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                java.util.Locale.ENGLISH) + " " + made.getYear()), en);
    }

    @Test
    @Order(5)
    void publicProblemPagesAndTheKitchenPageSpeakEnglishOnRequest() throws Exception {
        HttpResponse<String> missing = app.get("/01/" + GTIN + "/10/NOPE?lang=en");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Details (in Vietnamese):"), missing.body());

        String day = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        HttpResponse<String> vietnamese = app.get("/truong/HimLamSchoolMSP/" + day);
        assertEquals(200, vietnamese.statusCode(), vietnamese.body());
        assertTrue(vietnamese.body().contains("Bữa ăn bán trú"));
        assertTrue(vietnamese.body().contains("?lang=en"), "a way to English");
        String path = vietnamese.uri().getPath();
        HttpResponse<String> english = app.get(path + "?lang=en");
        assertEquals("en", english.headers().firstValue("content-language").orElseThrow());
        assertTrue(english.body().contains("School meals"), english.body());
        assertTrue(english.body().contains("Proof on the ledger"));
        assertFalse(english.body().contains("Bước 1"), "no Vietnamese page words left");
        assertTrue(app.get(path, "Accept-Language", "th-TH").body().contains("School meals"));
    }

    @Test
    @Order(6)
    void theProducerTranslatesOnTheProductPageToo() throws Exception {
        HttpResponse<String> page = app.get("/san-pham/" + productId + "/ban-dich", "Authorization", producer, "Accept", "text/html");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Kas fes Muôngz Ảng"), "the H'Mông text entered earlier");
        assertTrue(page.body().contains("id=\"translation-form\""));

        HttpResponse<String> saved = postForm("/san-pham/" + productId + "/ban-dich",
                "language=en&name=" + java.net.URLEncoder.encode("Muong Ang Arabica coffee, ground", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(app.get(LOT_PATH + "?lang=en").body().contains("<h1 lang=\"en\" id=\"translated-name\">Muong Ang Arabica coffee, ground</h1>"));

        HttpResponse<String> refused = postForm("/san-pham/" + productId + "/ban-dich", "language=vi&name=x");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Tiếng Việt là nội dung gốc"), refused.body());
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", producer).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String user, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    private HttpResponse<String> put(String path, String json, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/json")
                .header("Authorization", authorization).PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).header("Authorization", producer).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

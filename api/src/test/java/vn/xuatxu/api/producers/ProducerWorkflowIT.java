package vn.xuatxu.api.producers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The producer's side end to end against real MariaDB and the embedded ledger running the real contract:
 * organisations and people, sign-in throttling and sessions, products, lots with idempotency keys, and a
 * lot's journey (ship, receive, quality check with a file, processing, recall) anchored on the ledger.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProducerWorkflowIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_GTIN = "08938600001016";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();
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

    // ---- organisations and people ---------------------------------------------------------------

    @Test
    void theAgencyAdminCreatesAProducerWhoseAdminAddsStaff() throws Exception {
        String agency = token("so.nongnghiep", "demo-agency-2026");
        String suffix = unique();
        HttpResponse<String> created = post("/api/v1/organisations", agency, organisation("TeaCoop" + suffix, "tea.admin" + suffix));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode org = JSON.readTree(created.body());
        assertEquals("PRODUCER", org.path("kind").asText());
        assertEquals("COOPERATIVE", org.path("legalForm").asText());
        long orgId = org.path("id").asLong();
        awaitOrganisationCommitted(agency, orgId);

        String admin = token("tea.admin" + suffix, "tea-admin-password");
        HttpResponse<String> staff = post("/api/v1/organisations/" + orgId + "/accounts", admin,
                "{\"username\":\"tea.staff" + suffix + "\",\"displayName\":\"Lò Thị Mai\",\"password\":\"tea-staff-password\",\"roles\":[\"STAFF\"]}");
        assertEquals(201, staff.statusCode(), staff.body());
        HttpResponse<String> kitchenRole = post("/api/v1/organisations/" + orgId + "/accounts", admin,
                "{\"username\":\"tea.cook" + suffix + "\",\"displayName\":\"A\",\"password\":\"tea-staff-password\",\"roles\":[\"KITCHEN_STAFF\"]}");
        assertEquals(400, kitchenRole.statusCode(), kitchenRole.body());
        assertEquals("roles", JSON.readTree(kitchenRole.body()).path("field").asText());

        String staffToken = token("tea.staff" + suffix, "tea-staff-password");
        HttpResponse<String> byStaff = post("/api/v1/organisations/" + orgId + "/accounts", staffToken,
                "{\"username\":\"tea.x" + suffix + "\",\"displayName\":\"X\",\"password\":\"tea-staff-password\",\"roles\":[\"STAFF\"]}");
        assertEquals(403, byStaff.statusCode(), byStaff.body());
        assertEquals(2, JSON.readTree(get("/api/v1/organisations/" + orgId + "/accounts", admin).body()).size());

        String coop = token("htx.muongang", "demo-coffee-2026");
        assertEquals(404, get("/api/v1/organisations/" + orgId + "/accounts", coop).statusCode(),
                "another organisation's staff list is not found");
        assertEquals(403, post("/api/v1/organisations", coop, organisation("Other" + suffix, "other" + suffix)).statusCode(),
                "only the agency creates organisations");
        assertEquals(409, post("/api/v1/organisations", agency, organisation("Third" + suffix, "tea.admin" + suffix)).statusCode(),
                "a username is taken once");
        HttpResponse<String> badMsp = post("/api/v1/organisations", agency, organisation("bad id!" + suffix, "fourth" + suffix));
        assertEquals(400, badMsp.statusCode());
        assertEquals("mspId", JSON.readTree(badMsp.body()).path("field").asText());
        assertTrue(JSON.readTree(badMsp.body()).path("message").asText().contains("Mã định danh"));
    }

    @Test
    void repeatedWrongPasswordsAreThrottledWithAClearMessage() throws Exception {
        String agency = token("so.nongnghiep", "demo-agency-2026");
        String suffix = unique();
        assertEquals(201, post("/api/v1/organisations", agency, organisation("Guess" + suffix, "guess" + suffix)).statusCode());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login("guess" + suffix, "wrong password " + i).statusCode());
        }
        HttpResponse<String> blocked = login("guess" + suffix, "tea-admin-password");
        assertEquals(429, blocked.statusCode(), "even the right password waits out the block");
        assertTrue(JSON.readTree(blocked.body()).path("message").asText().contains("thử lại sau"), blocked.body());
        assertTrue(blocked.headers().firstValue("retry-after").isPresent());
        assertEquals(200, login("htx.muongang", "demo-coffee-2026").statusCode(), "other accounts are not blocked");
    }

    @Test
    void logoutEndsTheTokenAndPasswordChangeEndsEverySession() throws Exception {
        String agency = token("so.nongnghiep", "demo-agency-2026");
        String suffix = unique();
        assertEquals(201, post("/api/v1/organisations", agency, organisation("Sess" + suffix, "sess" + suffix)).statusCode());
        String first = token("sess" + suffix, "tea-admin-password");
        String second = token("sess" + suffix, "tea-admin-password");
        assertEquals(200, get("/api/v1/products", first).statusCode());
        assertEquals(204, post("/api/v1/auth/logout", first, "{}").statusCode());
        HttpResponse<String> ended = get("/api/v1/products", first);
        assertEquals(401, ended.statusCode());
        assertEquals("SESSION_ENDED", JSON.readTree(ended.body()).path("error").asText());
        assertEquals(200, get("/api/v1/products", second).statusCode(), "logout ends only that session");

        HttpResponse<String> wrong = post("/api/v1/auth/password", second,
                "{\"currentPassword\":\"not it\",\"newPassword\":\"a brand new passphrase\"}");
        assertEquals(400, wrong.statusCode());
        assertEquals("currentPassword", JSON.readTree(wrong.body()).path("field").asText());
        HttpResponse<String> tooShort = post("/api/v1/auth/password", second,
                "{\"currentPassword\":\"tea-admin-password\",\"newPassword\":\"short\"}");
        assertEquals(400, tooShort.statusCode());
        HttpResponse<String> changed = post("/api/v1/auth/password", second,
                "{\"currentPassword\":\"tea-admin-password\",\"newPassword\":\"a brand new passphrase\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        String fresh = JSON.readTree(changed.body()).path("accessToken").asText();
        assertEquals(401, get("/api/v1/products", second).statusCode(), "older sessions end with a password change");
        assertEquals(200, get("/api/v1/products", fresh).statusCode());
        assertEquals(401, login("sess" + suffix, "tea-admin-password").statusCode());
        assertEquals(200, login("sess" + suffix, "a brand new passphrase").statusCode());
    }

    // ---- products -----------------------------------------------------------------------------------

    @Test
    void aProducerAdminCreatesAndEditsProductsThatReachTheLedger() throws Exception {
        String coop = token("htx.muongang", "demo-coffee-2026");
        String gtin = gtin("089386000" + String.format("%03d", SEQUENCE.incrementAndGet() + 100));
        HttpResponse<String> created = post("/api/v1/products", coop, "{\"gtin\":\"" + gtin + "\",\"name\":\"Cà phê hạt rang\","
                + "\"category\":\"Cà phê\",\"netContent\":\"250 g\",\"lotCode\":\"cf\","
                + "\"ocop\":{\"stars\":4,\"certificateNumber\":\"123/QĐ-UBND\",\"issueDate\":\"2025-03-01\",\"expiryDate\":\"2028-03-01\"},"
                + "\"mark\":{\"kind\":\"GEOGRAPHICAL_INDICATION\",\"name\":\"Cà phê Mường Ảng\"},"
                + "\"ingredients\":\"100% Arabica\",\"storage\":\"Nơi khô ráo\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode product = JSON.readTree(created.body());
        assertEquals("CF", product.path("lotCode").asText());
        long id = product.path("id").asLong();
        assertEquals("COMMITTED", awaitLedger("/api/v1/products/" + id, coop).path("ledger").path("status").asText());

        HttpResponse<String> edited = put("/api/v1/products/" + id, coop, "{\"name\":\"Cà phê hạt rang mộc\",\"category\":\"Cà phê\","
                + "\"ocop\":{\"stars\":5}}");
        assertEquals(200, edited.statusCode(), edited.body());
        JsonNode updated = awaitLedger("/api/v1/products/" + id, coop);
        assertEquals("COMMITTED", updated.path("ledger").path("status").asText(), updated.toString());
        assertEquals("Cà phê hạt rang mộc", updated.path("name").asText());

        HttpResponse<String> internal = post("/api/v1/products", coop, "{\"name\":\"Mật ong bạc hà\",\"category\":\"Mật ong\"}");
        assertEquals(201, internal.statusCode(), internal.body());
        assertEquals("INTERNAL", JSON.readTree(internal.body()).path("gtinSource").asText());
        assertTrue(JSON.readTree(internal.body()).path("gtin").asText().startsWith("02099"), internal.body());
        HttpResponse<String> internal2 = post("/api/v1/products", coop, "{\"name\":\"Mật ong hoa cà phê\",\"category\":\"Mật ong\"}");
        assertFalse(JSON.readTree(internal2.body()).path("gtin").asText()
                .equals(JSON.readTree(internal.body()).path("gtin").asText()), "each internal GTIN is allocated once");

        assertEquals(400, post("/api/v1/products", coop, "{\"gtin\":\"08938600001017\",\"name\":\"X\",\"category\":\"Y\"}").statusCode());
        assertEquals(409, post("/api/v1/products", coop, "{\"gtin\":\"" + gtin + "\",\"name\":\"X\",\"category\":\"Y\"}").statusCode());
        HttpResponse<String> twoStars = post("/api/v1/products", coop, "{\"name\":\"X\",\"category\":\"Y\",\"ocop\":{\"stars\":2}}");
        assertEquals(400, twoStars.statusCode());
        assertEquals("ocopStars", JSON.readTree(twoStars.body()).path("field").asText());
        String school = token("bep.himlam", "demo-kitchen-2026");
        assertEquals(403, post("/api/v1/products", school, "{\"name\":\"X\",\"category\":\"Y\"}").statusCode());
        assertEquals(404, get("/api/v1/products/" + id, school).statusCode(), "another organisation's product is not found");
        assertEquals(403, put("/api/v1/products/" + id, school, "{\"name\":\"X\",\"category\":\"Y\"}").statusCode());
    }

    // ---- lots, idempotency and the journey ------------------------------------------------------

    @Test
    void aRetriedLotRegistrationWithTheSameKeyCreatesOneLot() throws Exception {
        String coop = token("htx.muongang", "demo-coffee-2026");
        String body = lotJson("IDEM-" + unique());
        HttpResponse<String> first = post("/api/v1/lots", coop, body, "Idempotency-Key", "key-" + body.hashCode());
        HttpResponse<String> retry = post("/api/v1/lots", coop, body, "Idempotency-Key", "key-" + body.hashCode());
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode(), retry.body());
        assertEquals(JSON.readTree(first.body()).path("id").asLong(), JSON.readTree(retry.body()).path("id").asLong());
        assertEquals("true", retry.headers().firstValue("idempotent-replayed").orElse(""));
        assertEquals(first.headers().firstValue("location"), retry.headers().firstValue("location"));
        HttpResponse<String> otherBody = post("/api/v1/lots", coop, lotJson("IDEM-" + unique()), "Idempotency-Key", "key-" + body.hashCode());
        assertEquals(409, otherBody.statusCode(), "a key names one request");
        HttpResponse<String> refused = post("/api/v1/lots", coop, lotJson("bad lot!"), "Idempotency-Key", "bad-" + unique());
        assertEquals(400, refused.statusCode());

        JsonNode suggestions = JSON.readTree(get("/api/v1/lots/suggestions", coop).body());
        assertTrue(suggestions.isArray() && suggestions.size() >= 1, suggestions.toString());
        assertEquals(DEMO_GTIN, suggestions.get(0).path("gtin").asText(), "the product used last comes first");
        assertEquals("350.5", suggestions.get(0).path("quantity").asText(), "last quantity is remembered");
    }

    @Test
    void aLotIsShippedReceivedCheckedAndRecalledAndEveryStepReachesTheLedger() throws Exception {
        String coop = token("htx.muongang", "demo-coffee-2026");
        String school = token("bep.himlam", "demo-kitchen-2026");
        String agency = token("so.nongnghiep", "demo-agency-2026");
        long lotId = registerLot(coop, "JRN-" + unique());
        assertEquals(404, get("/api/v1/lots/" + lotId, school).statusCode(), "the school does not see the lot before shipping");

        assertEquals(404, post("/api/v1/lots/" + lotId + "/events", school,
                "{\"step\":\"SHIPPING\",\"receiverMspId\":\"MuongAngCoffeeMSP\"}").statusCode(),
                "someone else's lot is not found, so nobody can ship it");
        HttpResponse<String> noReceiver = post("/api/v1/lots/" + lotId + "/events", coop, "{\"step\":\"SHIPPING\"}");
        assertEquals(400, noReceiver.statusCode());
        assertEquals("receiverMspId", JSON.readTree(noReceiver.body()).path("field").asText());
        HttpResponse<String> shipped = post("/api/v1/lots/" + lotId + "/events", coop,
                "{\"step\":\"SHIPPING\",\"receiverMspId\":\"HimLamSchoolMSP\",\"note\":\"Xe tải 27C-123.45\"}",
                "Idempotency-Key", "ship-" + lotId);
        assertEquals(201, shipped.statusCode(), shipped.body());
        JsonNode shipping = JSON.readTree(shipped.body());
        assertTrue(shipping.path("eventHash").asText().matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0"));
        assertEquals("shipping", shipping.path("epcisEvent").path("bizStep").asText());
        assertEquals("in_transit", shipping.path("epcisEvent").path("disposition").asText());
        assertEquals(shipping.path("eventHash").asText(), shipping.path("epcisEvent").path("eventID").asText());
        assertTrue(shipping.path("preHash").asText().startsWith("eventType=ObjectEvent"));
        assertEquals(shipping.path("id").asLong(), JSON.readTree(post("/api/v1/lots/" + lotId + "/events", coop,
                "{\"step\":\"SHIPPING\",\"receiverMspId\":\"HimLamSchoolMSP\",\"note\":\"Xe tải 27C-123.45\"}",
                "Idempotency-Key", "ship-" + lotId).body()).path("id").asLong(), "a retried event is recorded once");
        assertEquals(409, post("/api/v1/lots/" + lotId + "/events", coop,
                "{\"step\":\"SHIPPING\",\"receiverMspId\":\"HimLamSchoolMSP\"}").statusCode(), "an in-transit lot cannot ship again");

        assertEquals(200, get("/api/v1/lots/" + lotId, school).statusCode(), "the receiver sees the shipped lot");
        assertEquals(403, post("/api/v1/lots/" + lotId + "/events", coop, "{\"step\":\"RECEIVING\"}").statusCode(),
                "only the named receiver receives");
        HttpResponse<String> received = post("/api/v1/lots/" + lotId + "/events", school, "{\"step\":\"RECEIVING\"}");
        assertEquals(201, received.statusCode(), received.body());

        byte[] pdf = "%PDF-1.4\n% kết quả xét nghiệm\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> checked = post("/api/v1/lots/" + lotId + "/events", school, "{\"step\":\"QUALITY_CHECK\","
                + "\"result\":\"PASSED\",\"attachment\":{\"fileName\":\"ket-qua.pdf\",\"contentBase64\":\""
                + Base64.getEncoder().encodeToString(pdf) + "\"}}");
        assertEquals(201, checked.statusCode(), checked.body());
        JsonNode check = JSON.readTree(checked.body());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(sha, check.path("attachment").path("sha256").asText());
        assertEquals(sha, check.path("epcisEvent").path("xuatxu:attachmentSha256").asText(), "the file's hash is inside the hashed event");
        HttpResponse<byte[]> file = app.getBytes("/api/v1/lots/" + lotId + "/events/" + check.path("id").asLong() + "/attachment",
                "Authorization", "Bearer " + coop);
        assertEquals(200, file.statusCode());
        assertEquals(new String(pdf, StandardCharsets.UTF_8), new String(file.body(), StandardCharsets.UTF_8));
        HttpResponse<String> notAFile = post("/api/v1/lots/" + lotId + "/events", school, "{\"step\":\"QUALITY_CHECK\","
                + "\"result\":\"PASSED\",\"attachment\":{\"fileName\":\"x.exe\",\"contentBase64\":\"TVqQAAMAAAAEAAAA\"}}");
        assertEquals(400, notAFile.statusCode());

        JsonNode events = awaitEventsCommitted(lotId, coop, 3);
        for (JsonNode event : events) {
            assertEquals("COMMITTED", event.path("ledger").path("status").asText(), event.toString());
        }

        assertEquals(403, post("/api/v1/lots/" + lotId + "/recall", school, "{\"reason\":\"x\"}").statusCode());
        assertEquals(400, post("/api/v1/lots/" + lotId + "/recall", agency, "{\"reason\":\" \"}").statusCode());
        HttpResponse<String> recalled = post("/api/v1/lots/" + lotId + "/recall", agency,
                "{\"reason\":\"Phát hiện nấm mốc trong mẫu lưu\"}");
        assertEquals(201, recalled.statusCode(), recalled.body());
        assertEquals(409, post("/api/v1/lots/" + lotId + "/recall", coop, "{\"reason\":\"again\"}").statusCode());
        HttpResponse<String> page = app.get("/lo-hang/" + lotId, "Authorization", "Bearer " + coop, "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Đã thu hồi"), page.body());
        assertTrue(page.body().contains(shipping.path("eventHash").asText()), "the timeline shows the event hash");
    }

    @Test
    void processingRegistersTheOutputLotAndConsumesTheInput() throws Exception {
        String coop = token("htx.muongang", "demo-coffee-2026");
        long input = registerLot(coop, "GREEN-" + unique());
        String outputNumber = "ROAST-" + unique();
        HttpResponse<String> missing = post("/api/v1/lots/" + input + "/events", coop, "{\"step\":\"PROCESSING\"}");
        assertEquals(400, missing.statusCode());
        HttpResponse<String> processed = post("/api/v1/lots/" + input + "/events", coop, "{\"step\":\"PROCESSING\","
                + "\"newOutput\":{\"gtin\":\"" + DEMO_GTIN + "\",\"lotNumber\":\"" + outputNumber + "\",\"productionDate\":\""
                + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + "\",\"quantity\":\"80\",\"unit\":\"kg\"}}");
        assertEquals(201, processed.statusCode(), processed.body());
        JsonNode event = JSON.readTree(processed.body());
        assertEquals("TransformationEvent", event.path("epcisEvent").path("type").asText());
        assertEquals(409, post("/api/v1/lots/" + input + "/events", coop,
                "{\"step\":\"SHIPPING\",\"receiverMspId\":\"HimLamSchoolMSP\"}").statusCode(), "a consumed lot is gone");
        JsonNode events = awaitEventsCommitted(input, coop, 1);
        assertEquals("COMMITTED", events.get(0).path("ledger").path("status").asText(), events.toString());
        assertEquals("OUTPUT", JSON.readTree(get("/api/v1/lots/" + (input + 1) + "/events", coop).body()).get(0).path("role").asText());
    }

    @Test
    void aCsvImportStoresEveryRowOrNoneAndNamesTheWrongRows() throws Exception {
        String coop = token("htx.muongang", "demo-coffee-2026");
        String tag = unique().toUpperCase(java.util.Locale.ROOT);
        LocalDate made = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3);
        String bad = "gtin;lotNumber;productionDate;bestBeforeDate;quantity;unit\n"
                + DEMO_GTIN + ";CSV-" + tag + "-1;" + made + ";;120,5;kg\n"
                + DEMO_GTIN + ";CSV " + tag + ";" + made + ";;10;kg\n"
                + DEMO_GTIN + ";CSV-" + tag + "-3;" + made + ";;10;kg\n"
                + DEMO_GTIN + ";CSV-" + tag + "-4;" + made.plusDays(30) + ";;10;kg\n"
                + DEMO_GTIN + ";CSV-" + tag + "-1;" + made + ";;10;kg\n";
        HttpResponse<String> refused = csv(coop, bad);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonNode rows = JSON.readTree(refused.body()).path("rows");
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(3, rows.get(0).path("line").asInt());
        assertEquals("lotNumber", rows.get(0).path("field").asText());
        assertEquals(5, rows.get(1).path("line").asInt());
        assertEquals("productionDate", rows.get(1).path("field").asText());
        assertEquals(6, rows.get(2).path("line").asInt(), "a lot number twice in one file");
        assertEquals(201, post("/api/v1/lots", coop, lotJson("CSV-" + tag + "-3")).statusCode(), "nothing was half-imported");
        HttpResponse<String> chosen = csv(coop, bad, "?mode=VALID_ROWS_ONLY");
        assertEquals(201, chosen.statusCode(), chosen.body());
        assertEquals(1, JSON.readTree(chosen.body()).path("count").asInt(), "only row 2 is new and right: "
                + chosen.body());
        assertEquals(4, JSON.readTree(chosen.body()).path("skippedRows").size(), "row 4 now clashes with the lot made above");

        String good = "gtin,lotNumber,productionDate,quantity,unit\n" + DEMO_GTIN + ",CSV-" + tag + "-5," + made + ",5,kg\n"
                + DEMO_GTIN + ",CSV-" + tag + "-6," + made + ",6,kg\n";
        HttpResponse<String> imported = csv(coop, good);
        assertEquals(201, imported.statusCode(), imported.body());
        assertEquals(2, JSON.readTree(imported.body()).path("count").asInt());
        assertEquals(403, csv(token("bep.himlam", "demo-kitchen-2026"), good).statusCode());
        assertEquals(400, csv(coop, "lotNumber,quantity\nA,1\n").statusCode(), "missing columns are named");
    }

    private HttpResponse<String> csv(String token, String body) throws Exception {
        return csv(token, body, "");
    }

    private HttpResponse<String> csv(String token, String body, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri("/api/v1/lots/import" + query)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    private static String gtin(String thirteen) {
        int sum = 0;
        for (int i = 0; i < thirteen.length(); i++) {
            int digit = thirteen.charAt(thirteen.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return thirteen + (10 - sum % 10) % 10;
    }

    private static String organisation(String mspId, String username) {
        return "{\"mspId\":\"" + mspId + "\",\"name\":\"HTX Chè Tuần Giáo " + mspId + "\",\"kind\":\"PRODUCER\","
                + "\"legalForm\":\"COOPERATIVE\",\"province\":\"Điện Biên\",\"commune\":\"Xã Tuần Giáo\","
                + "\"admin\":{\"username\":\"" + username + "\",\"displayName\":\"Quàng Văn Chè\",\"password\":\"tea-admin-password\"}}";
    }

    private static String lotJson(String lotNumber) {
        LocalDate made = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        return "{\"gtin\":\"" + DEMO_GTIN + "\",\"lotNumber\":\"" + lotNumber + "\",\"productionDate\":\"" + made
                + "\",\"bestBeforeDate\":\"" + made.plusMonths(12) + "\",\"quantity\":\"350.5\",\"unit\":\"kg\"}";
    }

    private long registerLot(String token, String lotNumber) throws Exception {
        HttpResponse<String> created = post("/api/v1/lots", token, lotJson(lotNumber));
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("id").asLong();
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        return app.postJson("/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private String token(String username, String password) throws Exception {
        HttpResponse<String> login = login(username, password);
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return app.get(path, "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> post(String path, String token, String json, String... headers) throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return app.postJson(path, json, all);
    }

    private HttpResponse<String> put(String path, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awaitLedger(String path, String token) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode node;
        do {
            node = JSON.readTree(get(path, token).body());
            if (!"PENDING".equals(node.path("ledger").path("status").asText())) {
                return node;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        return node;
    }

    private void awaitOrganisationCommitted(String agency, long id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode o : JSON.readTree(get("/api/v1/organisations", agency).body())) {
                if (o.path("id").asLong() == id && "COMMITTED".equals(o.path("ledgerStatus").asText())) {
                    return;
                }
            }
            Thread.sleep(100);
        }
    }

    private JsonNode awaitEventsCommitted(long lotId, String token, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode events;
        do {
            events = JSON.readTree(get("/api/v1/lots/" + lotId + "/events", token).body());
            boolean pending = false;
            for (JsonNode e : events) {
                pending |= "PENDING".equals(e.path("ledger").path("status").asText());
            }
            if (events.size() >= count && !pending) {
                return events;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        return events;
    }
}

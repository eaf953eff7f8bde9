package vn.xuatxu.api.producers;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.passport.product.application.TestPhotos;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of the producer side, called by every role, on the coffee co-operative's own records and
 * as another organisation: the expected allow or deny, and no cross-organisation write succeeds. Someone
 * else's records answer 404 (ids reveal nothing); a role that may not act on records it can see answers 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_GTIN = "08938600001016";
    private static final List<String> ROLES = List.of("coopAdmin", "coopStaff", "otherProducerAdmin", "kitchenManager",
            "agencyAdmin", "inspector");
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private RunningApplication app;
    private long coopId;
    private long coopProductId;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        tokens.put("coopAdmin", token("htx.muongang", "demo-coffee-2026"));
        tokens.put("agencyAdmin", token("so.nongnghiep", "demo-agency-2026"));
        tokens.put("inspector", token("thanh.tra", "demo-inspector-2026"));
        tokens.put("kitchenManager", token("bep.himlam", "demo-kitchen-2026"));
        HttpResponse<String> other = post("/api/v1/organisations", tokens.get("agencyAdmin"), "{\"mspId\":\"OtherCoopMSP\","
                + "\"name\":\"Hộ kinh doanh Mật ong Tủa Chùa\",\"kind\":\"PRODUCER\",\"legalForm\":\"HOUSEHOLD\","
                + "\"province\":\"Điện Biên\",\"admin\":{\"username\":\"other.admin\",\"displayName\":\"Giàng A Páo\","
                + "\"password\":\"other-admin-password\"}}");
        assertEquals(201, other.statusCode(), other.body());
        tokens.put("otherProducerAdmin", token("other.admin", "other-admin-password"));
        for (var o : JSON.readTree(get("/api/v1/organisations", tokens.get("coopAdmin")).body())) {
            coopId = o.path("id").asLong();
        }
        assertEquals(201, post("/api/v1/organisations/" + coopId + "/accounts", tokens.get("coopAdmin"),
                "{\"username\":\"coop.staff\",\"displayName\":\"Lò Văn Tâm\",\"password\":\"coop-staff-password\","
                        + "\"roles\":[\"STAFF\"]}").statusCode());
        tokens.put("coopStaff", token("coop.staff", "coop-staff-password"));
        for (var p : JSON.readTree(get("/api/v1/products", tokens.get("coopAdmin")).body())) {
            coopProductId = p.path("id").asLong();
        }
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** One endpoint: how a role calls it, and what each role must get. */
    private record Case(String endpoint, Call call, Map<String, Integer> expected) {
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> as(String token) throws Exception;
    }

    @Test
    void everyEndpointAllowsExactlyTheRolesItShould() throws Exception {
        List<Case> cases = List.of(
                new Case("POST /organisations", t -> post("/api/v1/organisations", t, organisationJson()),
                        expect(403, 403, 403, 403, 201, 403)),
                new Case("GET /organisations/{coop}/accounts", t -> get("/api/v1/organisations/" + coopId + "/accounts", t),
                        expect(200, 403, 404, 404, 200, 200)),
                new Case("POST /organisations/{coop}/accounts", t -> post("/api/v1/organisations/" + coopId + "/accounts", t,
                        "{\"username\":\"user" + next() + "\",\"displayName\":\"N\",\"password\":\"long enough pass\",\"roles\":[\"STAFF\"]}"),
                        expect(201, 403, 404, 404, 201, 403)),
                new Case("POST /products", t -> post("/api/v1/products", t, "{\"name\":\"Chè Shan tuyết " + next()
                        + "\",\"category\":\"Chè\"}"), expect(201, 403, 201, 403, 403, 403)),
                new Case("GET /products/{coop}", t -> get("/api/v1/products/" + coopProductId, t),
                        expect(200, 200, 404, 404, 200, 200)),
                new Case("PUT /products/{coop}", t -> put("/api/v1/products/" + coopProductId, t,
                        "{\"name\":\"Cà phê Arabica Mường Ảng rang xay\",\"category\":\"Cà phê\",\"ocop\":{\"stars\":4}}"),
                        expect(200, 403, 404, 403, 403, 403)),
                new Case("POST /lots (coop product)", t -> post("/api/v1/lots", t, lotJson("M" + next())),
                        expect(201, 201, 404, 403, 403, 403)),
                new Case("POST /lots/import (coop product)", t -> csv("/api/v1/lots/import", t,
                        "gtin,lotNumber,productionDate,quantity,unit\n" + DEMO_GTIN + ",CSV" + next() + ","
                                + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1) + ",5,kg\n"),
                        expect(201, 201, 422, 403, 403, 403)),
                new Case("GET /lots/{coop}", t -> get("/api/v1/lots/" + coopLot(), t), expect(200, 200, 404, 404, 200, 200)),
                new Case("GET /lots/by-number (coop lot)", t -> get("/api/v1/lots/by-number?gtin=" + DEMO_GTIN + "&lotNumber="
                        + coopLotNumber(), t), expect(200, 200, 404, 404, 200, 200)),
                new Case("POST /serial-reservations (coop product)", t -> post("/api/v1/serial-reservations", t,
                        "{\"gtin\":\"" + DEMO_GTIN + "\",\"count\":2}"), expect(201, 201, 404, 403, 403, 403)),
                new Case("GET /lots/{coop}/events", t -> get("/api/v1/lots/" + coopLot() + "/events", t),
                        expect(200, 200, 404, 404, 200, 200)),
                new Case("GET /lots/{coop}/label.png", t -> app.get("/api/v1/lots/" + coopLot() + "/label.png", "Authorization", "Bearer " + t),
                        expect(200, 200, 404, 404, 200, 200)),
                new Case("POST /lots/{coop}/events quality check", t -> post("/api/v1/lots/" + coopLot() + "/events", t,
                        "{\"step\":\"QUALITY_CHECK\",\"result\":\"PASSED\"}"), expect(201, 201, 404, 404, 201, 201)),
                new Case("POST /lots/{coop}/events shipping", t -> post("/api/v1/lots/" + coopLot() + "/events", t,
                        "{\"step\":\"SHIPPING\",\"receiverMspId\":\"HimLamSchoolMSP\"}"), expect(201, 201, 404, 404, 403, 403)),
                new Case("POST /lots/{coop}/recall", t -> post("/api/v1/lots/" + coopLot() + "/recall", t,
                        "{\"reason\":\"Kiểm tra phân quyền\"}"), expect(201, 403, 404, 404, 201, 403)),
                new Case("POST /transformations (coop lot in, new coop lot out)", t -> post("/api/v1/transformations", t,
                        "{\"inputs\":[{\"lotId\":" + coopLot() + ",\"quantity\":1}],\"newOutput\":{\"gtin\":\"" + DEMO_GTIN
                                + "\",\"lotNumber\":\"TF" + next() + "\",\"productionDate\":\"" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                                + "\",\"quantity\":1,\"unit\":\"kg\"}}"), expect(201, 201, 403, 403, 403, 403)),
                new Case("GET /lots/{coop}/trace", t -> get("/api/v1/lots/" + coopLot() + "/trace", t),
                        expect(200, 200, 404, 404, 200, 200)),
                new Case("POST /lots/{coop}/events/{not refused}/discard", t -> post("/api/v1/lots/" + coopLot() + "/events/1/discard",
                        t, "{}"), expect(409, 409, 404, 404, 409, 409)),
                new Case("GET /lo-hang/{coop}/che-bien (page)", t -> page("/lo-hang/" + coopLot() + "/che-bien", t),
                        expect(200, 200, 404, 404, 200, 200)),
                new Case("GET /lots/suggestions", t -> get("/api/v1/lots/suggestions", t), expect(200, 200, 200, 200, 200, 200)),
                new Case("GET /trang-chu (page)", t -> page("/trang-chu", t), expect(200, 200, 200, 200, 200, 200)),
                new Case("GET /san-pham (page)", t -> page("/san-pham", t), expect(200, 200, 200, 200, 200, 200)),
                new Case("GET /quan-tri (page)", t -> page("/quan-tri", t), expect(200, 403, 200, 200, 200, 403)),
                new Case("GET /lo-hang/{coop} (page)", t -> page("/lo-hang/" + coopLot(), t), expect(200, 200, 404, 404, 200, 200)),
                new Case("POST /products/{coop}/photos", t -> photo("/api/v1/products/" + coopProductId + "/photos", t,
                        TestPhotos.encode(TestPhotos.halves(40, 30), "png")), expect(201, 403, 404, 403, 403, 403)),
                new Case("GET /products/{coop}/photos", t -> get("/api/v1/products/" + coopProductId + "/photos", t),
                        expect(200, 200, 404, 404, 200, 200)),
                new Case("DELETE /products/{coop}/photos/{id}", t -> delete("/api/v1/products/" + coopProductId + "/photos/"
                        + coopPhoto(), t), expect(204, 403, 404, 403, 403, 403)),
                new Case("POST /lots/import (xlsx, coop product)", t -> xlsx(t), expect(201, 201, 422, 403, 403, 403)),
                new Case("GET /ledger/failed-writes (own)", t -> get("/api/v1/ledger/failed-writes", t),
                        expect(200, 403, 200, 200, 200, 403)),
                new Case("POST /ledger/failed-writes/retry (own)", t -> post("/api/v1/ledger/failed-writes/retry", t, "{}"),
                        expect(202, 403, 202, 202, 202, 403)),
                new Case("POST /organisations/{coop}/accounts/{staff}/deactivate", t -> post("/api/v1/organisations/"
                        + coopId + "/accounts/" + coopStaffAccount() + "/deactivate", t, "{}"),
                        expect(200, 403, 404, 404, 200, 403)));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            for (String role : ROLES) {
                HttpResponse<String> response = c.call().as(tokens.get(role));
                if (response.statusCode() != c.expected().get(role)) {
                    wrong.add(c.endpoint() + " as " + role + ": expected " + c.expected().get(role) + ", got "
                            + response.statusCode() + " " + response.body().substring(0, Math.min(200, response.body().length())));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void noRequestWithoutATokenGetsThrough() throws Exception {
        for (String path : List.of("/api/v1/organisations", "/api/v1/products", "/api/v1/lots/1", "/api/v1/lots/1/events",
                "/api/v1/lots/suggestions")) {
            assertEquals(401, app.get(path, "Accept", "application/json").statusCode(), path);
        }
        assertEquals(401, app.postJson("/api/v1/lots/1/events", "{\"step\":\"SHIPPING\"}").statusCode());
        assertEquals(401, app.postJson("/api/v1/auth/logout", "{}").statusCode());
    }

    private static Map<String, Integer> expect(int coopAdmin, int coopStaff, int otherProducerAdmin, int kitchenManager,
                                               int agencyAdmin, int inspector) {
        return Map.of("coopAdmin", coopAdmin, "coopStaff", coopStaff, "otherProducerAdmin", otherProducerAdmin,
                "kitchenManager", kitchenManager, "agencyAdmin", agencyAdmin, "inspector", inspector);
    }

    /** A fresh lot of the co-operative for every call, so one role's write never decides another's answer. */
    private long coopLot() throws Exception {
        HttpResponse<String> created = post("/api/v1/lots", tokens.get("coopAdmin"), lotJson("AZ-" + next()));
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("id").asLong();
    }

    /** A fresh photo of the co-operative's product for every call (each picture a little wider). */
    private long coopPhoto() throws Exception {
        HttpResponse<String> created = photo("/api/v1/products/" + coopProductId + "/photos", tokens.get("coopAdmin"),
                TestPhotos.encode(TestPhotos.halves(50 + sequence.incrementAndGet(), 30), "png"));
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("id").asLong();
    }

    private long coopStaffAccount() throws Exception {
        HttpResponse<String> created = post("/api/v1/organisations/" + coopId + "/accounts", tokens.get("coopAdmin"),
                "{\"username\":\"leaver" + next() + "\",\"displayName\":\"N\",\"password\":\"long enough pass\",\"roles\":[\"STAFF\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("id").asLong();
    }

    private HttpResponse<String> xlsx(String token) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            String[][] rows = {{"gtin", "lotNumber", "productionDate", "quantity", "unit"},
                    {DEMO_GTIN, "XLSX" + next(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString(), "5", "kg"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        return http.send(HttpRequest.newBuilder(app.uri("/api/v1/lots/import")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> photo(String path, String token, byte[] image) throws Exception {
        String boundary = "----matrix" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(image);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String coopLotNumber() throws Exception {
        String number = "BN-" + next();
        HttpResponse<String> created = post("/api/v1/lots", tokens.get("coopAdmin"), lotJson(number));
        assertEquals(201, created.statusCode(), created.body());
        return number;
    }

    private String next() {
        return Integer.toString(sequence.incrementAndGet());
    }

    private String organisationJson() {
        String n = next();
        return "{\"mspId\":\"Matrix" + n + "\",\"name\":\"HTX " + n + "\",\"kind\":\"SCHOOL_KITCHEN\",\"province\":\"Điện Biên\","
                + "\"admin\":{\"username\":\"matrix" + n + "\",\"displayName\":\"Người quản lý\",\"password\":\"matrix-password\"}}";
    }

    private static String lotJson(String lotNumber) {
        LocalDate made = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(2);
        return "{\"gtin\":\"" + DEMO_GTIN + "\",\"lotNumber\":\"" + lotNumber + "\",\"productionDate\":\"" + made
                + "\",\"quantity\":\"10\",\"unit\":\"kg\"}";
    }

    private String token(String username, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return app.get(path, "Authorization", "Bearer " + token, "Accept", "application/json");
    }

    private HttpResponse<String> page(String path, String token) throws Exception {
        return app.get(path, "Authorization", "Bearer " + token, "Accept", "text/html");
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return app.postJson(path, json, "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> csv(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

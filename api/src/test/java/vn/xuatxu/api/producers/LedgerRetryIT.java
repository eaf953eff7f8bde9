package vn.xuatxu.api.producers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.db.enums.LedgerOutboxStatus;
import vn.xuatxu.api.db.enums.LedgerOutboxSubjectType;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.ledger.OutboxRelay;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.db.Tables.LEDGER_OUTBOX;

/**
 * A refused ledger write and its retry, against real MariaDB and the real contract: a product's registration is
 * held back (parked in the outbox while the relay is held), so the contract refuses its lots ("no product with
 * GTIN … is registered"); the administrator sees the refusals with the ledger's reason on the API and the home
 * page, and once the product is on the ledger sends them again, one from the page and the rest over the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerRetryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningApplication app;
    private DSLContext db;
    private OutboxRelay relay;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of());
        db = app.context().getBean(DSLContext.class);
        relay = app.context().getBean(OutboxRelay.class);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theAdminSeesRefusedWritesAndRetriesThemOnceTheCauseIsFixed() throws Exception {
        String coop = token("htx.muongang", "demo-coffee-2026");
        awaitOutboxDrained();
        long productId;
        List<Long> lotIds = new ArrayList<>();
        synchronized (relay) {  // the relay waits while the product's registration is parked
            HttpResponse<String> product = post("/api/v1/products", coop, "{\"name\":\"Mật ong bạc hà\",\"category\":\"Mật ong\"}");
            assertEquals(201, product.statusCode(), product.body());
            productId = JSON.readTree(product.body()).path("id").asLong();
            String gtin = JSON.readTree(product.body()).path("gtin").asText();
            for (String number : List.of("MO-RETRY-1", "MO-RETRY-2")) {
                HttpResponse<String> lot = post("/api/v1/lots", coop, lotJson(gtin, number));
                assertEquals(201, lot.statusCode(), lot.body());
                lotIds.add(JSON.readTree(lot.body()).path("id").asLong());
            }
            assertEquals(1, parkProductRegistration(productId, LedgerOutboxStatus.PENDING, LedgerOutboxStatus.DONE));
        }
        for (long lotId : lotIds) {
            awaitLotStatus(coop, lotId, "FAILED");
        }

        JsonNode failed = JSON.readTree(get("/api/v1/ledger/failed-writes", coop).body());
        assertEquals(2, failed.size(), failed.toString());
        JsonNode first = failed.get(1);
        assertEquals("LOT", first.path("subjectType").asText());
        assertEquals(lotIds.get(0).longValue(), first.path("subjectId").asLong());
        assertEquals("registerLot", first.path("function").asText());
        assertEquals("Đăng ký lô hàng", first.path("description").asText());
        assertTrue(first.path("error").asText().contains("no product with GTIN"), first.toString());
        String home = app.get("/trang-chu", "Authorization", "Bearer " + coop, "Accept", "text/html").body();
        assertTrue(home.contains("Ghi sổ cái bị lỗi") && home.contains("/so-cai/gui-lai/" + first.path("id").asLong()), home);

        String agency = token("so.nongnghiep", "demo-agency-2026");
        assertEquals(0, JSON.readTree(get("/api/v1/ledger/failed-writes", agency).body()).size(), "only one's own writes");
        assertEquals(404, post("/api/v1/ledger/failed-writes/" + first.path("id").asLong() + "/retry", agency, "").statusCode());
        assertEquals(201, post("/api/v1/organisations/" + organisationId(coop) + "/accounts", coop,
                "{\"username\":\"retry.staff\",\"displayName\":\"Lò Văn Ba\",\"password\":\"retry-staff-password\",\"roles\":[\"STAFF\"]}")
                .statusCode());
        String staff = token("retry.staff", "retry-staff-password");
        assertEquals(403, get("/api/v1/ledger/failed-writes", staff).statusCode());
        assertEquals(403, post("/api/v1/ledger/failed-writes/retry", staff, "").statusCode());
        assertTrue(!app.get("/trang-chu", "Authorization", "Bearer " + staff, "Accept", "text/html").body()
                .contains("Ghi sổ cái bị lỗi"), "staff do not see the card");

        assertEquals(1, parkProductRegistration(productId, LedgerOutboxStatus.DONE, LedgerOutboxStatus.PENDING),
                "the held-back product registration goes through");
        awaitProductCommitted(coop, productId);

        HttpResponse<String> fromPage = http.send(HttpRequest.newBuilder(app.uri("/so-cai/gui-lai/" + first.path("id").asLong()))
                .header("Authorization", "Bearer " + coop).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, fromPage.statusCode(), fromPage.body());
        assertEquals("/trang-chu?guiLai=1#ghi-loi", fromPage.headers().firstValue("location").orElseThrow());
        HttpResponse<String> rest = post("/api/v1/ledger/failed-writes/retry", coop, "");
        assertEquals(202, rest.statusCode(), rest.body());
        assertEquals(1, JSON.readTree(rest.body()).path("retried").asInt());
        for (long lotId : lotIds) {
            awaitLotStatus(coop, lotId, "COMMITTED");
        }
        assertEquals(0, JSON.readTree(get("/api/v1/ledger/failed-writes", coop).body()).size());
        assertEquals(409, post("/api/v1/ledger/failed-writes/" + first.path("id").asLong() + "/retry", coop, "").statusCode(),
                "a write that went through is not sent again");
        assertEquals(404, post("/api/v1/ledger/failed-writes/999999/retry", coop, "").statusCode());
    }

    private int parkProductRegistration(long productId, LedgerOutboxStatus from, LedgerOutboxStatus to) {
        return db.update(LEDGER_OUTBOX).set(LEDGER_OUTBOX.STATUS, to)
                .where(LEDGER_OUTBOX.SUBJECT_TYPE.eq(LedgerOutboxSubjectType.PRODUCT))
                .and(LEDGER_OUTBOX.SUBJECT_ID.eq(productId)).and(LEDGER_OUTBOX.STATUS.eq(from))
                .execute();
    }

    private long organisationId(String token) throws Exception {
        return JSON.readTree(get("/api/v1/organisations", token).body()).get(0).path("id").asLong();
    }

    private void awaitOutboxDrained() throws InterruptedException {
        Outbox outbox = app.context().getBean(Outbox.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (outbox.waiting(db) > 0) {
            assertTrue(System.nanoTime() < deadline, "the demo's writes reach the ledger");
            Thread.sleep(100);
        }
    }

    private void awaitLotStatus(String token, long lotId, String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String seen;
        do {
            seen = JSON.readTree(get("/api/v1/lots/" + lotId, token).body()).path("ledger").path("status").asText();
            if (seen.equals(status)) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("lot " + lotId + " stayed " + seen + ", expected " + status);
    }

    private void awaitProductCommitted(String token, long productId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!JSON.readTree(get("/api/v1/products/" + productId, token).body()).path("ledger").path("status").asText()
                .equals("COMMITTED")) {
            assertTrue(System.nanoTime() < deadline, "the product reaches the ledger");
            Thread.sleep(100);
        }
    }

    private static String lotJson(String gtin, String lotNumber) {
        LocalDate made = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        return "{\"gtin\":\"" + gtin + "\",\"lotNumber\":\"" + lotNumber + "\",\"productionDate\":\"" + made
                + "\",\"quantity\":\"20\",\"unit\":\"kg\"}";
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

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return app.postJson(path, json.isEmpty() ? "{}" : json, "Authorization", "Bearer " + token);
    }
}

package vn.xuatxu.api.passport.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.db.enums.LedgerOutboxStatus;
import vn.xuatxu.api.db.enums.LotLedgerStatus;
import vn.xuatxu.api.db.tables.records.LotRecord;
import vn.xuatxu.api.passport.export.application.PortalPushRelay;
import vn.xuatxu.api.passport.export.persistence.PortalPushStore;
import vn.xuatxu.api.passport.journey.domain.EpcisEventHash;
import vn.xuatxu.api.testing.RunningApplication;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.db.Tables.APP_USER;
import static vn.xuatxu.api.db.Tables.LEDGER_OUTBOX;
import static vn.xuatxu.api.db.Tables.LOT;
import static vn.xuatxu.api.db.Tables.PRODUCT;

/**
 * The export endpoints against the running application and a real MariaDB: the four per-lot exports with
 * their content checked (JSON-LD, Circular 02 JSON and PDF text, EPCIS document whose event ids recompute),
 * who may export, the bulk export streamed over thousands of passports with progress, and the portal push
 * delivering through a fake portal that fails first, resuming from its cursor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_GTIN = "08938600001016";
    private static final int BULK_LOTS = 4000;
    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 100000);
    private FakePortalServer portal;
    private RunningApplication app;
    private DSLContext db;

    @BeforeAll
    void start() throws Exception {
        portal = new FakePortalServer("portal-token");
        app = RunningApplication.start(Map.of("xuatxu.portal.enabled", "true",
                "xuatxu.portal.url", portal.uri().toString(), "xuatxu.portal.token", "portal-token",
                "xuatxu.portal.initial-delay", "1h", "xuatxu.portal.interval", "1h",
                "xuatxu.portal.initial-backoff", "10ms", "xuatxu.portal.max-attempts", "4",
                "xuatxu.portal.batch-size", "500"));
        db = app.context().getBean(DSLContext.class);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    private String token(String username, String password) throws Exception {
        HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).path("accessToken").asText();
    }

    private long registerLotWithACheck(String token) throws Exception {
        LocalDate made = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(2);
        HttpResponse<String> created = app.postJson("/api/v1/lots", "{\"gtin\":\"" + DEMO_GTIN + "\",\"lotNumber\":\"EX-"
                + NUMBERS.incrementAndGet() + "\",\"productionDate\":\"" + made + "\",\"bestBeforeDate\":\""
                + made.plusMonths(12) + "\",\"quantity\":\"120.5\",\"unit\":\"kg\"}", "Authorization", "Bearer " + token);
        assertEquals(201, created.statusCode(), created.body());
        long id = JSON.readTree(created.body()).path("id").asLong();
        HttpResponse<String> check = app.postJson("/api/v1/lots/" + id + "/events",
                "{\"step\":\"QUALITY_CHECK\",\"result\":\"PASSED\",\"note\":\"Độ ẩm đạt\"}", "Authorization", "Bearer " + token);
        assertEquals(201, check.statusCode(), check.body());
        return id;
    }

    @Test
    void aLotExportsItsPassportRecordAndEventsForThoseWhoMaySeeIt() throws Exception {
        String producer = token("htx.muongang", "demo-coffee-2026");
        long id = registerLotWithACheck(producer);
        String lotNumber = JSON.readTree(app.get("/api/v1/lots/" + id, "Authorization", "Bearer " + producer).body())
                .path("lotNumber").asText();

        HttpResponse<String> jsonLd = app.get("/api/v1/lots/" + id + "/exports/jsonld", "Authorization", "Bearer " + producer);
        assertEquals(200, jsonLd.statusCode(), jsonLd.body());
        assertTrue(jsonLd.headers().firstValue("content-type").orElseThrow().startsWith("application/ld+json"));
        JsonNode passport = JSON.readTree(jsonLd.body());
        assertEquals("https://schema.org/", passport.path("@context").path("@vocab").asText());
        assertEquals(lotNumber, passport.path("gs1:hasBatchLotNumber").asText());
        assertEquals(DEMO_GTIN, passport.path("gs1:gtin").asText());
        assertEquals("VN", passport.path("manufacturer").path("address").path("addressCountry").asText());

        HttpResponse<String> circular = app.get("/api/v1/lots/" + id + "/exports/circular02.json",
                "Authorization", "Bearer " + producer);
        assertEquals(200, circular.statusCode(), circular.body());
        JsonNode record = JSON.readTree(circular.body());
        assertEquals(11, record.path("items").size());
        assertEquals("Cà phê Arabica Mường Ảng rang xay", record.path("items").path(0).path("value").asText());
        assertTrue(record.path("traceabilityCode").asText().contains("/01/" + DEMO_GTIN + "/10/" + lotNumber));
        assertEquals(2, record.path("stages").size(), "registration and the quality check");
        assertEquals("inspecting", record.path("stages").path(1).path("bizStep").asText());

        HttpResponse<byte[]> pdf = app.getBytes("/api/v1/lots/" + id + "/exports/circular02.pdf",
                "Authorization", "Bearer " + producer);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("content-type").orElseThrow());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertTrue(text.contains("HỒ SƠ TRUY XUẤT NGUỒN GỐC"), text);
            assertTrue(text.contains("Cà phê Arabica Mường Ảng rang xay"), text);
            assertTrue(text.contains("Kiểm tra chất lượng"), text);
            assertTrue(text.contains(lotNumber), text);
        }

        HttpResponse<String> epcis = app.get("/api/v1/lots/" + id + "/exports/epcis", "Authorization", "Bearer " + producer);
        assertEquals(200, epcis.statusCode(), epcis.body());
        JsonNode document = JSON.readTree(epcis.body());
        assertEquals("EPCISDocument", document.path("type").asText());
        assertEquals("2.0", document.path("schemaVersion").asText());
        JsonNode events = document.path("epcisBody").path("eventList");
        assertEquals(2, events.size());
        assertEquals("commissioning", events.path(0).path("bizStep").asText());
        assertEquals("inspecting", events.path(1).path("bizStep").asText());
        List<EpcisEventHash.Result> recomputed = new EpcisEventHash(Map.of()).hashDocument(document);
        for (int i = 0; i < events.size(); i++) {
            assertEquals(events.path(i).path("eventID").asText(), recomputed.get(i).ni(), "event " + i);
        }

        String inspector = token("thanh.tra", "demo-inspector-2026");
        assertEquals(200, app.get("/api/v1/lots/" + id + "/exports/circular02.json", "Authorization", "Bearer " + inspector)
                .statusCode());
        String kitchen = token("bep.himlam", "demo-kitchen-2026");
        HttpResponse<String> refused = app.get("/api/v1/lots/" + id + "/exports/epcis", "Authorization", "Bearer " + kitchen);
        assertEquals(404, refused.statusCode(), refused.body());
        assertEquals(401, app.get("/api/v1/lots/" + id + "/exports/jsonld").statusCode());
    }

    @Test
    void theLotPageLinksToTheExports() throws Exception {
        String producer = token("htx.muongang", "demo-coffee-2026");
        long id = registerLotWithACheck(producer);
        HttpResponse<String> page = app.get("/lo-hang/" + id, "Cookie", "XUATXU_SESSION=" + producer);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("/api/v1/lots/" + id + "/exports/circular02.pdf"), page.body());
        assertTrue(page.body().contains("/api/v1/lots/" + id + "/exports/epcis"), page.body());
    }

    @Test
    void aBulkExportStreamsThousandsOfPassportsWithProgress() throws Exception {
        insertLots(BULK_LOTS);
        String admin = token("htx.muongang", "demo-coffee-2026");
        long expected = db.fetchCount(LOT.join(PRODUCT).on(PRODUCT.ID.eq(LOT.PRODUCT_ID)),
                PRODUCT.ORGANISATION_ID.eq(organisationOf("htx.muongang")));

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(app.uri("/api/v1/exports/passports?format=jsonl"))
                .header("Authorization", "Bearer " + admin).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals(Long.toString(expected), response.headers().firstValue("X-Total-Count").orElseThrow());
        String exportId = response.headers().firstValue("X-Export-Id").orElseThrow();
        assertTrue(response.headers().firstValue("Link").orElseThrow().contains("/api/v1/exports/" + exportId));

        long lines = 0;
        long previousLot = 0;
        JsonNode progressWhileReading = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode row = JSON.readTree(line);
                assertTrue(row.path("lotId").asLong() > previousLot, "lot id order");
                previousLot = row.path("lotId").asLong();
                assertEquals(DEMO_GTIN, row.path("gtin").asText());
                lines++;
                if (lines == 1) {
                    progressWhileReading = JSON.readTree(app.get("/api/v1/exports/" + exportId,
                            "Authorization", "Bearer " + admin).body());
                }
            }
        }
        assertEquals(expected, lines);
        // Progress is readable while the stream is open, with the total known from the start. Whether the server was
        // still reading when the first row arrived depends on how much the sockets buffer (a few MB on loopback), so
        // the state may already be DONE; constant memory is what BulkExportLoad measures (docs/exports.md).
        assertTrue(Set.of("RUNNING", "DONE").contains(progressWhileReading.path("state").asText()), progressWhileReading.toString());
        assertTrue(progressWhileReading.path("done").asLong() <= expected, progressWhileReading.toString());
        assertEquals(expected, progressWhileReading.path("total").asLong());
        JsonNode finished = JSON.readTree(app.get("/api/v1/exports/" + exportId, "Authorization", "Bearer " + admin).body());
        assertEquals("DONE", finished.path("state").asText(), finished.toString());
        assertEquals(expected, finished.path("done").asLong());

        HttpResponse<String> csv = app.get("/api/v1/exports/passports?format=csv&since=2000-01-01", "Authorization", "Bearer " + admin);
        assertEquals(200, csv.statusCode());
        String[] csvLines = csv.body().split("\r\n");
        assertEquals(expected + 1, csvLines.length);
        assertTrue(csvLines[0].startsWith("\uFEFFlotId,gtin,lotNumber,digitalLink,productName"), csvLines[0]);

        HttpResponse<String> future = app.get("/api/v1/exports/passports?since=2999-01-01", "Authorization", "Bearer " + admin);
        assertEquals("0", future.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals("", future.body());

        String inspector = token("thanh.tra", "demo-inspector-2026");
        HttpResponse<String> province = app.get("/api/v1/exports/passports?format=jsonl", "Authorization", "Bearer " + inspector);
        assertEquals(200, province.statusCode());
        assertTrue(Long.parseLong(province.headers().firstValue("X-Total-Count").orElseThrow()) >= expected);
        assertEquals(404, app.get("/api/v1/exports/" + exportId, "Authorization", "Bearer " + inspector).statusCode(),
                "another user's export is not theirs to watch");

        HttpResponse<String> badDate = app.get("/api/v1/exports/passports?since=hôm-qua", "Authorization", "Bearer " + admin);
        assertEquals(400, badDate.statusCode());
        assertEquals("since", JSON.readTree(badDate.body()).path("field").asText());
        String kitchen = token("bep.himlam", "demo-kitchen-2026");
        assertEquals(403, app.get("/api/v1/exports/passports", "Authorization", "Bearer " + kitchen).statusCode());
    }

    @Test
    void thePortalPushDeliversEveryPassportOnceThroughFailuresAndResumes() throws Exception {
        String producer = token("htx.muongang", "demo-coffee-2026");
        registerLotWithACheck(producer);
        awaitLedger();
        PortalPushRelay relay = app.context().getBean(PortalPushRelay.class);
        PortalPushStore store = app.context().getBean(PortalPushStore.class);
        long lots = db.fetchCount(LOT);

        portal.failNext(2);
        int delivered = relay.runOnce();
        assertEquals(lots, delivered);
        assertEquals(0, relay.runOnce(), "nothing changed since");
        List<Long> deliveredLots = store.deliveredLots(db, "https");
        assertEquals(lots, deliveredLots.stream().distinct().count());
        assertEquals(lots, portal.accepted().values().stream().mapToLong(List::size).sum());
        PortalPushStore.LogEntry first = store.log(db, "https", 1000).get(store.log(db, "https", 1000).size() - 1);
        assertEquals("ACCEPTED", first.outcome());
        assertEquals(3, first.attempts(), "two 503 answers, then accepted");

        long newLot = registerLotWithACheck(producer);
        awaitLedger();
        portal.failNext(100);
        assertEquals(0, relay.runOnce(), "the portal is down: nothing is accepted");
        assertEquals("UNREACHABLE", store.log(db, "https", 1).get(0).outcome());
        portal.failNext(0);
        assertEquals(1, relay.runOnce(), "resumes with the passport it could not deliver");
        List<Long> after = store.deliveredLots(db, "https");
        assertEquals(newLot, after.get(after.size() - 1));
        assertFalse(portal.accepted().isEmpty());
    }

    /** Waits until the outbox has delivered everything, so no lot changes (commits) during a push. */
    private void awaitLedger() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (db.fetchCount(LEDGER_OUTBOX, LEDGER_OUTBOX.STATUS.eq(LedgerOutboxStatus.PENDING)) > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(0, db.fetchCount(LEDGER_OUTBOX, LEDGER_OUTBOX.STATUS.eq(LedgerOutboxStatus.PENDING)));
    }

    private long organisationOf(String username) {
        return db.select(APP_USER.ORGANISATION_ID).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOne(APP_USER.ORGANISATION_ID);
    }

    /** Lots written straight into the database (their ledger path is tested elsewhere), in batches. */
    private void insertLots(int count) {
        long productId = db.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.GTIN.eq(DEMO_GTIN)).fetchOne(PRODUCT.ID);
        long userId = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("htx.muongang")).fetchOne(APP_USER.ID);
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC);
        List<LotRecord> rows = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            LotRecord row = new LotRecord();
            row.setProductId(productId);
            row.setLotNumber("BULK-" + i);
            row.setProductionDate(LocalDate.of(2026, 10, 1));
            row.setQuantity(new BigDecimal("10"));
            row.setUnit("KGM");
            row.setRecordHash(String.format("%064x", i));
            row.setRegisteredBy(userId);
            row.setLedgerStatus(LotLedgerStatus.COMMITTED);
            row.setCreatedAt(now);
            rows.add(row);
        }
        db.batchInsert(rows).execute();
    }
}

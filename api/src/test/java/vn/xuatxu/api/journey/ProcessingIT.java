package vn.xuatxu.api.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.db.enums.LedgerOutboxStatus;
import vn.xuatxu.api.db.enums.LedgerOutboxSubjectType;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.db.Tables.LEDGER_OUTBOX;

/**
 * Multi-input processing over the API and pages against real MariaDB and the real contract (embedded ledger):
 * inputs of one's own and received from another producer, amounts used, one step back and forward on the lot
 * pages and the public passports, the refusals, and what happens when the ledger refuses a journey event (a
 * test ledger port in front of the real one refuses {@code recordEvent} while told to).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_GTIN = "08938600001016";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private RunningApplication app;
    private DSLContext db;
    private RefusingLedger ledger;
    private String coop;
    private String tea;
    private String teaGtin;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of("xuatxu.test.refusing-ledger", "true"));
        db = app.context().getBean(DSLContext.class);
        ledger = app.context().getBean(RefusingLedger.class);
        coop = token("htx.muongang", "demo-coffee-2026");
        String agency = token("so.nongnghiep", "demo-agency-2026");
        String suffix = "P" + System.nanoTime() % 100000;
        HttpResponse<String> created = post("/api/v1/organisations", agency, "{\"mspId\":\"TeaCoop" + suffix + "\",\"name\":\"HTX Chè "
                + suffix + "\",\"kind\":\"PRODUCER\",\"legalForm\":\"COOPERATIVE\",\"province\":\"Điện Biên\",\"commune\":\"Xã Tuần Giáo\","
                + "\"admin\":{\"username\":\"tea.proc" + suffix + "\",\"displayName\":\"Quàng Văn Chè\",\"password\":\"tea-admin-password\"}}");
        assertEquals(201, created.statusCode(), created.body());
        tea = token("tea.proc" + suffix, "tea-admin-password");
        HttpResponse<String> product = post("/api/v1/products", tea, "{\"name\":\"Chè Shan tuyết\",\"category\":\"Chè\"}");
        assertEquals(201, product.statusCode(), product.body());
        teaGtin = JSON.readTree(product.body()).path("gtin").asText();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void severalInputsOfOwnAndReceivedLotsMakeOneOutputLinkedBothWays() throws Exception {
        long green = lot(coop, DEMO_GTIN, "GR-" + unique(), "20");
        long honey = lot(coop, DEMO_GTIN, "HO-" + unique(), "8");
        String teaNumber = "TE-" + unique();
        long teaLot = lot(tea, teaGtin, teaNumber, "10");
        assertEquals(201, post("/api/v1/lots/" + teaLot + "/events", tea,
                "{\"step\":\"SHIPPING\",\"receiverMspId\":\"MuongAngCoffeeMSP\"}").statusCode());
        assertEquals(201, post("/api/v1/lots/" + teaLot + "/events", coop, "{\"step\":\"RECEIVING\"}").statusCode());

        String outputNumber = "MIX-" + unique();
        String body = "{\"inputs\":[{\"lotId\":" + green + ",\"quantity\":5.5},{\"lotId\":" + honey + "},{\"lotId\":" + teaLot
                + ",\"quantity\":4}],\"newOutput\":{\"gtin\":\"" + DEMO_GTIN + "\",\"lotNumber\":\"" + outputNumber
                + "\",\"productionDate\":\"" + today() + "\",\"quantity\":30,\"unit\":\"kg\"},\"note\":\"Rang trộn mẻ 1\"}";
        HttpResponse<String> first = post("/api/v1/transformations", coop, body, "Idempotency-Key", "mix-" + outputNumber);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = post("/api/v1/transformations", coop, body, "Idempotency-Key", "mix-" + outputNumber);
        assertEquals(first.body(), again.body(), "a retried request returns the first answer");
        JsonNode event = JSON.readTree(first.body());
        JsonNode epcis = event.path("epcisEvent");
        assertEquals("TransformationEvent", epcis.path("type").asText());
        assertEquals(3, epcis.path("inputQuantityList").size(), epcis.toString());
        assertEquals(List.of("5.5", "8", "4"), quantities(epcis.path("inputQuantityList")));
        assertEquals(1, epcis.path("outputQuantityList").size());
        long output = Long.parseLong(first.headers().firstValue("location").orElseThrow().split("/")[4]);

        JsonNode back = JSON.readTree(get("/api/v1/lots/" + output + "/trace", coop).body());
        assertEquals(3, back.path("madeFrom").size(), back.toString());
        assertEquals(0, back.path("madeInto").size());
        JsonNode forward = JSON.readTree(get("/api/v1/lots/" + green + "/trace", coop).body());
        assertEquals(output, forward.path("madeInto").get(0).path("lotId").asLong(), forward.toString());
        assertEquals("5.5", forward.path("madeInto").get(0).path("quantityUsed").asText());
        assertEquals("14.5", forward.path("quantityLeft").asText());
        JsonNode received = JSON.readTree(get("/api/v1/lots/" + teaLot + "/trace", tea).body());
        assertEquals(output, received.path("madeInto").get(0).path("lotId").asLong(), "the supplier sees one step forward");
        assertEquals("6", received.path("quantityLeft").asText());
        assertEquals(409, post("/api/v1/lots/" + honey + "/events", coop,
                "{\"step\":\"SHIPPING\",\"receiverMspId\":\"HimLamSchoolMSP\"}").statusCode(), "an input used up is consumed");

        String outputPage = page("/lo-hang/" + output, coop);
        assertTrue(outputPage.contains("id=\"made-from\"") && outputPage.contains(teaNumber), outputPage);
        String greenPage = page("/lo-hang/" + green, coop);
        assertTrue(greenPage.contains("id=\"made-into\"") && greenPage.contains(outputNumber)
                && greenPage.contains("14.5 "), greenPage);
        assertTrue(greenPage.contains("/lo-hang/" + green + "/che-bien"), "the lot page links to the processing page");

        awaitCommitted(output, coop);
        String passport = app.get(passportPath(output, coop), "Accept", "text/html").body();
        assertTrue(passport.contains("class=\"made-from\"") && passport.contains(">" + teaNumber + "<"), passport);
        String greenPassport = app.get(passportPath(green, coop), "Accept", "text/html").body();
        assertTrue(greenPassport.contains("class=\"made-into\"") && greenPassport.contains(">" + outputNumber + "<"), greenPassport);
    }

    @Test
    void refusalsSayWhyInVietnameseOrEnglish() throws Exception {
        long mine = lot(coop, DEMO_GTIN, "RF-" + unique(), "10");
        long other = lot(coop, DEMO_GTIN, "RO-" + unique(), "10");
        HttpResponse<String> notHeld = post("/api/v1/transformations", tea, transformation(mine, "1", null, teaGtin));
        assertEquals(403, notHeld.statusCode(), "another organisation cannot use my lot");
        assertTrue(notHeld.body().contains("không do cơ sở của bạn đang giữ"), notHeld.body());
        HttpResponse<String> english = post("/api/v1/transformations?lang=en", tea, transformation(mine, "1", null, teaGtin));
        assertTrue(english.body().contains("is not held by your organisation"), english.body());

        HttpResponse<String> tooMuch = post("/api/v1/transformations", coop, transformation(mine, "10.5", null, DEMO_GTIN));
        assertEquals(400, tooMuch.statusCode());
        assertEquals("inputs", JSON.readTree(tooMuch.body()).path("field").asText());
        assertTrue(tooMuch.body().contains("chỉ còn 10"), tooMuch.body());
        HttpResponse<String> same = post("/api/v1/transformations", coop,
                "{\"inputs\":[{\"lotId\":" + mine + ",\"quantity\":1}],\"outputLotId\":" + mine + "}");
        assertEquals(400, same.statusCode());
        assertEquals("outputLotId", JSON.readTree(same.body()).path("field").asText());
        assertEquals(400, post("/api/v1/transformations", coop, "{\"inputs\":[]}").statusCode());

        // other <- mine, then mine <- other would be a loop
        assertEquals(201, post("/api/v1/transformations", coop,
                "{\"inputs\":[{\"lotId\":" + mine + ",\"quantity\":1}],\"outputLotId\":" + other + "}").statusCode());
        HttpResponse<String> loop = post("/api/v1/transformations", coop,
                "{\"inputs\":[{\"lotId\":" + other + ",\"quantity\":1}],\"outputLotId\":" + mine + "}");
        assertEquals(400, loop.statusCode(), loop.body());
        assertTrue(loop.body().contains("không thể làm ra từ chính nó"), loop.body());

        assertEquals(201, post("/api/v1/lots/" + other + "/recall", coop, "{\"reason\":\"Nấm mốc\"}").statusCode());
        HttpResponse<String> recalled = post("/api/v1/transformations", coop, transformation(other, "1", null, DEMO_GTIN));
        assertEquals(409, recalled.statusCode());
        assertTrue(recalled.body().contains("đã bị thu hồi"), recalled.body());
        HttpResponse<String> school = post("/api/v1/transformations", token("bep.himlam", "demo-kitchen-2026"),
                transformation(mine, "1", null, DEMO_GTIN));
        assertEquals(403, school.statusCode());

        HttpResponse<String> form = app.get("/lo-hang/" + mine + "/che-bien", "Authorization", "Bearer " + coop, "Accept", "text/html");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"in-" + mine + "\"") && form.body().contains("Ghi bước chế biến"), form.body());
    }

    @Test
    void theProcessingPageWorksWithoutJavaScript() throws Exception {
        long input = lot(coop, DEMO_GTIN, "PG-" + unique(), "9");
        String outputNumber = "PGO-" + unique();
        HttpResponse<String> tooMuch = form("/lo-hang/" + input + "/che-bien?lang=en", coop, "in-" + input + "=" + input
                + "&qty-" + input + "=12&newGtin=" + DEMO_GTIN + "&newLotNumber=" + outputNumber + "&newQuantity=3&newUnit=KGM");
        assertEquals(400, tooMuch.statusCode());
        assertTrue(tooMuch.body().contains("12 KGM requested but only 9 KGM left") && tooMuch.body().contains("value=\"12\""),
                "the refusal in English, the entries kept: " + tooMuch.body());
        HttpResponse<String> done = form("/lo-hang/" + input + "/che-bien", coop, "in-" + input + "=" + input
                + "&qty-" + input + "=2%2C5&newGtin=" + DEMO_GTIN + "&newLotNumber=" + outputNumber + "&newQuantity=3&newUnit=KGM");
        assertEquals(303, done.statusCode(), done.body());
        String location = done.headers().firstValue("location").orElseThrow();
        assertTrue(location.endsWith("?xong=che-bien"), location);
        String outputPage = page(location, coop);
        assertTrue(outputPage.contains("Đã ghi bước chế biến") && outputPage.contains("PG-"), outputPage);
        assertEquals("6.5", JSON.readTree(get("/api/v1/lots/" + input + "/trace", coop).body()).path("quantityLeft").asText());
    }

    @Test
    void aRefusedShipmentHoldsTheLotUntilDiscardedAndThenItIsBackAsTheLedgerHasIt() throws Exception {
        long lot = lot(coop, DEMO_GTIN, "HD-" + unique(), "12");
        awaitLotCommitted(lot);
        ledger.refuseEvents(true);
        try {
            HttpResponse<String> shipped = post("/api/v1/lots/" + lot + "/events", coop,
                    "{\"step\":\"SHIPPING\",\"receiverMspId\":\"HimLamSchoolMSP\"}");
            assertEquals(201, shipped.statusCode(), shipped.body());
            long eventId = JSON.readTree(shipped.body()).path("id").asLong();
            awaitEventStatus(lot, "FAILED");

            JsonNode trace = JSON.readTree(get("/api/v1/lots/" + lot + "/trace", coop).body());
            assertEquals(eventId, trace.path("hold").path("eventId").asLong(), trace.toString());
            assertTrue(trace.path("hold").path("mayResolve").asBoolean());
            HttpResponse<String> blocked = post("/api/v1/lots/" + lot + "/events", token("bep.himlam", "demo-kitchen-2026"),
                    "{\"step\":\"RECEIVING\"}");
            assertEquals(409, blocked.statusCode(), "the school cannot receive what the ledger never saw shipped");
            assertTrue(blocked.body().contains("đang bị khoá"), blocked.body());
            String lotPage = page("/lo-hang/" + lot, coop);
            assertTrue(lotPage.contains("id=\"lot-hold\"") && lotPage.contains("refused by the test ledger"), lotPage);

            assertEquals(404, post("/api/v1/lots/" + lot + "/events/" + eventId + "/discard", tea, "").statusCode(),
                    "another organisation does not even see the lot");
            long coopId = JSON.readTree(get("/api/v1/organisations", coop).body()).get(0).path("id").asLong();
            String staffName = "hold.staff" + unique().toLowerCase();
            assertEquals(201, post("/api/v1/organisations/" + coopId + "/accounts", coop, "{\"username\":\"" + staffName
                    + "\",\"displayName\":\"Lò Văn Ba\",\"password\":\"hold-staff-password\",\"roles\":[\"STAFF\"]}").statusCode());
            assertEquals(403, post("/api/v1/lots/" + lot + "/events/" + eventId + "/discard",
                    token(staffName, "hold-staff-password"), "").statusCode(), "only an administrator discards");
            HttpResponse<String> discarded = post("/api/v1/lots/" + lot + "/events/" + eventId + "/discard", coop, "");
            assertEquals(200, discarded.statusCode(), discarded.body());
            assertTrue(JSON.readTree(discarded.body()).path("hold").isNull() || JSON.readTree(discarded.body()).path("hold").isMissingNode());
            assertEquals(LedgerOutboxStatus.DISCARDED, db.select(LEDGER_OUTBOX.STATUS).from(LEDGER_OUTBOX)
                    .where(LEDGER_OUTBOX.SUBJECT_TYPE.eq(LedgerOutboxSubjectType.TRACE_EVENT)).and(LEDGER_OUTBOX.SUBJECT_ID.eq(eventId))
                    .fetchOne(LEDGER_OUTBOX.STATUS));
            assertEquals(409, post("/api/v1/lots/" + lot + "/events/" + eventId + "/discard", coop, "").statusCode(),
                    "discarded once");
            JsonNode lotNow = JSON.readTree(get("/api/v1/lots/" + lot + "/events", coop).body());
            assertEquals("DISCARDED", lotNow.get(0).path("ledger").path("status").asText(), lotNow.toString());
        } finally {
            ledger.refuseEvents(false);
        }
        HttpResponse<String> again = post("/api/v1/lots/" + lot + "/events", coop,
                "{\"step\":\"SHIPPING\",\"receiverMspId\":\"HimLamSchoolMSP\"}");
        assertEquals(201, again.statusCode(), "the lot is back with its holder, active: " + again.body());
        awaitEventStatus(lot, "COMMITTED");
    }

    @Test
    void aRefusedProcessingGivesTheAmountBackWhenDiscardedAndARetryLiftsTheHold() throws Exception {
        long input = lot(coop, DEMO_GTIN, "RP-" + unique(), "10");
        awaitLotCommitted(input);
        ledger.refuseEvents(true);
        long eventId;
        try {
            HttpResponse<String> processed = post("/api/v1/transformations", coop, transformation(input, "4", "RPO-" + unique(), DEMO_GTIN));
            assertEquals(201, processed.statusCode(), processed.body());
            eventId = JSON.readTree(processed.body()).path("id").asLong();
            awaitEventStatus(input, "FAILED");
            assertEquals("6", JSON.readTree(get("/api/v1/lots/" + input + "/trace", coop).body()).path("quantityLeft").asText());
            HttpResponse<String> held = post("/api/v1/transformations?lang=en", coop, transformation(input, "1", "RPX-" + unique(), DEMO_GTIN));
            assertEquals(409, held.statusCode());
            assertTrue(held.body().contains("is on hold"), held.body());
            HttpResponse<String> discarded = post("/api/v1/lots/" + input + "/events/" + eventId + "/discard", coop, "");
            assertEquals(200, discarded.statusCode(), discarded.body());
            assertEquals("10", JSON.readTree(discarded.body()).path("quantityLeft").asText(), "the amount is back");

            HttpResponse<String> second = post("/api/v1/transformations", coop, transformation(input, "3", "RPY-" + unique(), DEMO_GTIN));
            assertEquals(201, second.statusCode(), second.body());
            eventId = JSON.readTree(second.body()).path("id").asLong();
            awaitEventStatus(input, "FAILED");
        } finally {
            ledger.refuseEvents(false);
        }
        long entry = JSON.readTree(get("/api/v1/lots/" + input + "/trace", coop).body()).path("hold").path("outboxEntryId").asLong();
        assertEquals(202, post("/api/v1/ledger/failed-writes/" + entry + "/retry", coop, "").statusCode());
        awaitEventStatus(input, "COMMITTED");
        JsonNode trace = JSON.readTree(get("/api/v1/lots/" + input + "/trace", coop).body());
        assertTrue(trace.path("hold").isNull() || trace.path("hold").isMissingNode(), trace.toString());
        assertEquals("7", trace.path("quantityLeft").asText());
        assertEquals(eventId, trace.path("madeInto").get(0).path("eventId").asLong(), "the discarded step is no longer a neighbour");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String transformation(long input, String quantity, String newLot, String gtin) {
        return "{\"inputs\":[{\"lotId\":" + input + ",\"quantity\":" + quantity + "}],\"newOutput\":{\"gtin\":\"" + gtin
                + "\",\"lotNumber\":\"" + (newLot == null ? "OUT-" + unique() : newLot) + "\",\"productionDate\":\"" + today()
                + "\",\"quantity\":5,\"unit\":\"kg\"}}";
    }

    private static List<String> quantities(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(q -> out.add(q.path("quantity").decimalValue().stripTrailingZeros().toPlainString()));
        return out;
    }

    private long lot(String token, String gtin, String number, String quantity) throws Exception {
        HttpResponse<String> lot = post("/api/v1/lots", token, "{\"gtin\":\"" + gtin + "\",\"lotNumber\":\"" + number
                + "\",\"productionDate\":\"" + today().minusDays(1) + "\",\"quantity\":\"" + quantity + "\",\"unit\":\"kg\"}");
        assertEquals(201, lot.statusCode(), lot.body());
        return JSON.readTree(lot.body()).path("id").asLong();
    }

    private String passportPath(long lotId, String token) throws Exception {
        JsonNode lot = JSON.readTree(get("/api/v1/lots/" + lotId, token).body());
        return "/01/" + lot.path("gtin").asText() + "/10/" + lot.path("lotNumber").asText();
    }

    private void awaitLotCommitted(long lotId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!JSON.readTree(get("/api/v1/lots/" + lotId, coop).body()).path("ledger").path("status").asText().equals("COMMITTED")) {
            assertTrue(System.nanoTime() < deadline, "lot " + lotId + " reaches the ledger");
            Thread.sleep(100);
        }
    }

    private void awaitEventStatus(long lotId, String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode events;
        do {
            events = JSON.readTree(get("/api/v1/lots/" + lotId + "/events", coop).body());
            JsonNode last = events.get(events.size() - 1);
            if (last != null && last.path("ledger").path("status").asText().equals(status)) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the last event of lot " + lotId + " did not become " + status + ": " + events);
    }

    private void awaitCommitted(long lotId, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode events = JSON.readTree(get("/api/v1/lots/" + lotId + "/events", token).body());
            boolean all = events.size() > 0;
            for (JsonNode e : events) {
                all &= e.path("ledger").path("status").asText().equals("COMMITTED");
            }
            if (all && JSON.readTree(get("/api/v1/lots/" + lotId, token).body()).path("ledger").path("status").asText().equals("COMMITTED")) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "lot " + lotId + " and its events reach the ledger: " + events);
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> form(String path, String token, String body) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String page(String path, String token) throws Exception {
        HttpResponse<String> page = app.get(path, "Authorization", "Bearer " + token, "Accept", "text/html");
        assertEquals(200, page.statusCode(), page.body());
        assertFalse(page.body().isEmpty());
        return page.body();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase() + SEQUENCE.incrementAndGet();
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

    private HttpResponse<String> post(String path, String token, String json, String... headers) throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return app.postJson(path, json.isEmpty() ? "{}" : json, all);
    }
}

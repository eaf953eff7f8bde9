package vn.xuatxu.api.kitchen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.kitchen.KitchenFixtures.JSON;
import static vn.xuatxu.api.kitchen.KitchenFixtures.SCHOOL;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.testing.RunningApplication;

/**
 * A school receives a co-op's lot by scanning its label: the passport fills the Form 1 row and the supplier, the
 * lot's journey shows it arrived at the school, and once the lot is recalled the kitchen cannot accept it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KitchenReceivingIT {

    private static final String LINK = "https://truyxuat.dienbien.example/01/08938600001016/10/MA2026-001?17=271102";
    private RunningApplication app;
    private String kitchen;
    private String producer;

    @BeforeAll
    void start() throws Exception {
        app = KitchenFixtures.startAtKitchenHours();
        kitchen = KitchenFixtures.token(app, "bep.himlam", "demo-kitchen-2026");
        producer = KitchenFixtures.token(app, "htx.muongang", "demo-coffee-2026");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aScannedLotShippedToTheSchoolFillsTheDeliveryAndArrivesOnItsJourneyAndARecalledLotIsRefused() throws Exception {
        String receivedAt = KitchenFixtures.minutesAgo(app, 5);
        assertEquals(201, app.postJson("/api/v1/lots/1/events", "{\"step\":\"SHIPPING\",\"receiverMspId\":\"" + SCHOOL + "\"}",
                "Authorization", "Bearer " + producer).statusCode());

        HttpResponse<String> scan = app.get(kitchenPath("/scanned-lot?uri=" + URLEncoder.encode(LINK, StandardCharsets.UTF_8)),
                "Authorization", "Bearer " + kitchen);
        assertEquals(200, scan.statusCode(), scan.body());
        JsonNode lot = JSON.readTree(scan.body());
        assertEquals("MA2026-001", lot.path("lotNumber").asText());
        assertTrue(lot.path("shippedToUs").asBoolean(), lot.toString());
        assertTrue(!lot.hasNonNull("supplierId"), "the co-op is not a supplier of the school yet");
        String producerName = lot.path("producerName").asText();

        String delivery = "{\"table\":\"PACKAGED\",\"quantity\":5,\"unit\":\"KILOGRAM\",\"receivedAt\":\"" + receivedAt
                + "\",\"invoiceRef\":\"HĐ 0012\",\"deliveredBy\":\"Lò Văn Tú\",\"sensory\":\"PASS\",\"rapidTest\":\"NOT_DONE\","
                + "\"storage\":\"AMBIENT\",\"lotUri\":\"" + LINK + "\"}";
        HttpResponse<String> received = app.postJson(kitchenPath("/days/" + KitchenFixtures.today(app) + "/deliveries"), delivery,
                "Authorization", "Bearer " + kitchen);
        assertEquals(201, received.statusCode(), received.body());
        assertTrue(JSON.readTree(received.body()).path("journeyNote").asText().contains("đã đến trường"), received.body());

        JsonNode events = JSON.readTree(app.get("/api/v1/lots/1/events", "Authorization", "Bearer " + producer).body());
        assertTrue(events.toString().contains("RECEIVING"), "the lot's journey shows it arrived: " + events);
        JsonNode day = JSON.readTree(app.get(kitchenPath("/days/" + KitchenFixtures.today(app)), "Authorization", "Bearer " + kitchen).body());
        assertTrue(day.path("suppliers").toString().contains(producerName), "the co-op became a supplier: " + day.path("suppliers"));
        assertTrue(day.path("deliveries").toString().contains(lot.path("productName").asText()), day.path("deliveries").toString());

        String agency = KitchenFixtures.token(app, "so.nongnghiep", "demo-agency-2026");
        HttpResponse<String> recall = app.postJson("/api/v1/lots/1/recall", "{\"reason\":\"Phát hiện nấm mốc\"}",
                "Authorization", "Bearer " + agency);
        assertTrue(recall.statusCode() / 100 == 2, recall.body());
        JsonNode recalled = JSON.readTree(app.get(kitchenPath("/scanned-lot?uri=" + URLEncoder.encode(LINK, StandardCharsets.UTF_8)),
                "Authorization", "Bearer " + kitchen).body());
        assertTrue(recalled.path("recalled").asBoolean() && recalled.path("recallReason").asText().contains("nấm mốc"),
                recalled.toString());
        JsonNode alerts = JSON.readTree(app.get(kitchenPath("/alerts"), "Authorization", "Bearer " + kitchen).body());
        assertTrue(alerts.toString().contains("RECEIVED_LOT_RECALLED") && alerts.toString().contains("MA2026-001"),
                "the kitchen hears of the recall at once: " + alerts);
        HttpResponse<String> refused = app.postJson(kitchenPath("/days/" + KitchenFixtures.today(app) + "/deliveries"), delivery,
                "Authorization", "Bearer " + kitchen);
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(JSON.readTree(refused.body()).path("message").asText().contains("thu hồi"), refused.body());
    }

    @Test
    void theTabletFillsTheDeliveryFormFromAScannedLabel() throws Exception {
        HttpResponse<String> page = app.get("/bep/" + SCHOOL + "/" + KitchenFixtures.today(app) + "?buoc=nhan-hang&qr="
                + URLEncoder.encode(LINK, StandardCharsets.UTF_8), "Authorization", "Bearer " + kitchen, "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"scanned-lot\"") && page.body().contains("Cà phê Arabica"), page.body());
        assertTrue(page.body().contains("name=\"lotUri\""), "the delivery form carries the scanned label");
        HttpResponse<String> junk = app.get("/bep/" + SCHOOL + "/" + KitchenFixtures.today(app) + "?buoc=nhan-hang&qr=hello",
                "Authorization", "Bearer " + kitchen, "Accept", "text/html");
        assertEquals(200, junk.statusCode());
        assertTrue(junk.body().contains("id=\"scan-error\""), "a bad scan says why on the same page");
    }

    @Test
    void notADigitalLinkAnUnknownLotAndSomeoneElsesKitchenAreRefusedClearly() throws Exception {
        HttpResponse<String> junk = app.get(kitchenPath("/scanned-lot?uri=hello"), "Authorization", "Bearer " + kitchen);
        assertEquals(400, junk.statusCode());
        assertTrue(JSON.readTree(junk.body()).path("message").asText().contains("GS1"), junk.body());
        String unknown = URLEncoder.encode("https://x.example/01/08938600001016/10/NOPE-1", StandardCharsets.UTF_8);
        assertEquals(404, app.get(kitchenPath("/scanned-lot?uri=" + unknown), "Authorization", "Bearer " + kitchen).statusCode());
        assertEquals(403, app.get(kitchenPath("/scanned-lot?uri=" + URLEncoder.encode(LINK, StandardCharsets.UTF_8)),
                "Authorization", "Bearer " + producer).statusCode());
    }

    private static String kitchenPath(String rest) {
        return "/api/v1/kitchens/" + SCHOOL + rest;
    }
}

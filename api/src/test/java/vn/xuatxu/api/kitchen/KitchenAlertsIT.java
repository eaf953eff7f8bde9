package vn.xuatxu.api.kitchen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.kitchen.KitchenFixtures.JSON;
import static vn.xuatxu.api.kitchen.KitchenFixtures.SCHOOL;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.xuatxu.api.testing.RunningApplication;

/**
 * Alerts reach the tablet and the school's webhook: a sample fridge out of 2–8 °C, typed by staff or posted by a
 * thermometer, raises an alert once, the webhook receives it signed with the school's secret, and a person
 * acknowledges it. Others cannot read or silence a school's alerts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KitchenAlertsIT {

    private RunningApplication app;
    private HttpServer receiver;
    private final BlockingQueue<String[]> delivered = new LinkedBlockingQueue<>();
    private String manager;

    @BeforeAll
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/zalo", exchange -> {
            delivered.add(new String[] {exchange.getRequestHeaders().getFirst("X-Xuatxu-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        app = RunningApplication.start(Map.of("xuatxu.kitchen.alerts.allow-private-webhooks", "true",
                "xuatxu.kitchen.alerts.webhook-interval", "300ms"));
        KitchenFixtures.addOtherPeople(app);
        manager = KitchenFixtures.token(app, "bep.himlam", "demo-kitchen-2026");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    private String path(String rest) {
        return "/api/v1/kitchens/" + SCHOOL + rest;
    }

    @Test
    void aWarmFridgeRaisesOneSignedAlertThatAPersonAcknowledges() throws Exception {
        JsonNode settings = JSON.readTree(put(manager, path("/alert-settings"), "{\"webhookUrl\":\"http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/zalo\",\"closingDeadline\":\"15:30\",\"newSensorToken\":true}").body());
        String secret = settings.path("webhookSecret").asText();
        String sensorToken = settings.path("sensorToken").asText();
        assertTrue(secret.startsWith("whsec_") && sensorToken.startsWith("xxsensor_"), settings.toString());
        assertEquals("15:30", settings.path("closingDeadline").asText());

        assertEquals(201, app.postJson(path("/fridge-readings"), "{\"fridge\":\"Tủ lưu mẫu số 1\",\"celsius\":4.5}",
                "Authorization", "Bearer " + manager).statusCode());
        assertEquals(201, app.postJson(path("/fridge-readings"), "{\"fridge\":\"Tủ lưu mẫu số 1\",\"celsius\":9.5}",
                "Authorization", "Bearer " + manager).statusCode());
        JsonNode alerts = JSON.readTree(app.get(path("/alerts"), "Authorization", "Bearer " + manager).body());
        JsonNode warm = find(alerts, "9.5 °C");
        assertNotNull(warm, alerts.toString());
        assertEquals("FRIDGE_OUT_OF_RANGE", warm.path("kind").asText());
        assertTrue(warm.path("open").asBoolean());
        assertEquals(null, find(alerts, "4.5 °C"), "a reading inside 2–8 °C is no alert");

        String[] sent = delivered.poll(30, TimeUnit.SECONDS);
        assertNotNull(sent, "the webhook was called");
        assertEquals("sha256=" + hmac(secret, sent[1]), sent[0], "signed with the school's secret");
        JsonNode body = JSON.readTree(sent[1]);
        assertEquals("FRIDGE_OUT_OF_RANGE", body.path("kind").asText());
        assertEquals(SCHOOL, body.path("kitchenId").asText());
        assertTrue(body.path("message").asText().contains("9.5 °C"));

        assertEquals(204, app.postJson(path("/alerts/" + warm.path("id").asLong() + "/acknowledge"), "{}",
                "Authorization", "Bearer " + manager).statusCode());
        JsonNode after = find(JSON.readTree(app.get(path("/alerts"), "Authorization", "Bearer " + manager).body()), "9.5 °C");
        assertFalse(after.path("open").asBoolean());
        assertTrue(after.path("acknowledgedAt").isTextual());
        Thread.sleep(1000);
        assertEquals(0, delivered.stream().filter(d -> d[1].contains("9.5")).count(), "each alert is sent once");

        HttpResponse<String> sensor = app.postJson("/api/v1/kitchens/sensor-readings",
                "{\"fridge\":\"Tủ lưu mẫu số 2\",\"celsius\":0.5}", "X-Sensor-Token", sensorToken);
        assertEquals(201, sensor.statusCode(), sensor.body());
        assertNotNull(find(JSON.readTree(app.get(path("/alerts"), "Authorization", "Bearer " + manager).body()), "0.5 °C"));
        assertEquals(403, app.postJson("/api/v1/kitchens/sensor-readings", "{\"celsius\":5}", "X-Sensor-Token",
                "xxsensor_wrong").statusCode());
        assertEquals(400, app.postJson(path("/fridge-readings"), "{\"celsius\":95}", "Authorization", "Bearer " + manager)
                .statusCode());
    }

    @Test
    void othersCannotReadOrSilenceTheSchoolsAlertsAndStaffCannotChangeWhereTheyGo() throws Exception {
        String other = KitchenFixtures.token(app, "bep.noongbua", "other-kitchen-2026");
        String producer = KitchenFixtures.token(app, "htx.muongang", "demo-coffee-2026");
        for (String outsider : new String[] {other, producer}) {
            assertEquals(403, app.get(path("/alerts"), "Authorization", "Bearer " + outsider).statusCode());
            assertEquals(403, app.postJson(path("/fridge-readings"), "{\"celsius\":5}", "Authorization", "Bearer " + outsider)
                    .statusCode());
        }
        String inspector = KitchenFixtures.token(app, "thanh.tra", "demo-inspector-2026");
        assertEquals(200, app.get(path("/alerts"), "Authorization", "Bearer " + inspector).statusCode());
        assertEquals(403, app.postJson(path("/alerts/1/acknowledge"), "{}", "Authorization", "Bearer " + inspector).statusCode());
        String staff = KitchenFixtures.token(app, "cap.duong", "kitchen-staff-2026");
        assertEquals(403, put(staff, path("/alert-settings"), "{\"webhookUrl\":\"https://example.org/x\"}").statusCode());
        assertEquals(400, put(manager, path("/alert-settings"), "{\"webhookUrl\":\"ftp://example.org/x\"}").statusCode());
    }

    private static JsonNode find(JsonNode alerts, String text) {
        for (JsonNode alert : alerts) {
            if (alert.path("message").asText().contains(text)) {
                return alert;
            }
        }
        return null;
    }

    private HttpResponse<String> put(String token, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}

package vn.xuatxu.api.kitchen.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.kitchen.persistence.AlertStore;
import vn.xuatxu.api.kitchen.persistence.AlertStore.Settings;
import vn.xuatxu.api.kitchen.persistence.AlertStore.StoredAlert;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends each new alert to the school's webhook, as JSON signed with the school's secret
 * ({@code X-Xuatxu-Signature: sha256=<hex HMAC of the body>}), retrying a few times before giving up. An alert
 * that could not be sent stays on the dashboard; the webhook is the second channel, not the only one.
 */
@Singleton
final class AlertWebhookRelay {

    private static final Logger LOG = LoggerFactory.getLogger(AlertWebhookRelay.class);
    static final int MAX_ATTEMPTS = 5;

    private final DSLContext db;
    private final AlertStore store;
    private final KitchenDirectory kitchens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    AlertWebhookRelay(DSLContext db, AlertStore store, KitchenDirectory kitchens) {
        this.db = db;
        this.store = store;
        this.kitchens = kitchens;
    }

    @Scheduled(fixedDelay = "${xuatxu.kitchen.alerts.webhook-interval:10s}", initialDelay = "5s")
    void sendPending() {
        for (StoredAlert alert : store.pendingWebhooks(db, 50)) {
            Settings settings = store.settings(db, alert.kitchenId());
            if (settings.webhookUrl() == null) {
                store.webhookOutcome(db, alert.id(), false, true, "Trường đã bỏ địa chỉ nhận cảnh báo.");
                continue;
            }
            String error = send(alert, settings);
            boolean givenUp = error != null && alert.webhookAttempts() + 1 >= MAX_ATTEMPTS;
            store.webhookOutcome(db, alert.id(), error == null, givenUp, error);
            if (givenUp) {
                LOG.warn("Kitchen alert {} was not delivered to the school's webhook after {} attempts: {}",
                        alert.id(), MAX_ATTEMPTS, error);
            }
        }
    }

    /** Sends one alert; null when the receiver accepted it, else why not. */
    private String send(StoredAlert alert, Settings settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alertId", alert.id());
        Optional<KitchenDirectory.Kitchen> kitchen = kitchens.byId(db, alert.kitchenId());
        body.put("kitchenId", kitchen.map(KitchenDirectory.Kitchen::mspId).orElse(null));
        body.put("school", kitchen.map(KitchenDirectory.Kitchen::name).orElse(null));
        body.put("day", alert.day().toString());
        body.put("kind", alert.kind().name());
        body.put("message", alert.message());
        body.put("raisedAt", alert.raisedAt().toString());
        try {
            byte[] payload = json.writeValueAsBytes(body);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.webhookUrl()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-Xuatxu-Signature", "sha256=" + hmac(settings.webhookSecret(), payload))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(payload)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static String hmac(String secret, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JRE", e);
        }
    }
}

package vn.xuatxu.api.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.testing.RunningApplication;
import vn.xuatxu.api.testing.TcpProxy;
import vn.xuatxu.api.testing.TestDatabase;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away mid-run: requests fail with a clear 503 instead of hanging or a 500, and when the
 * database is back the application recovers by itself and the outbox resumes.
 */
class DatabaseOutageIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void requestsFailWith503DuringAnOutageAndTheApplicationRecoversAlone() throws Exception {
        TestDatabase.Server database = TestDatabase.server();
        String url = database.createDatabase();
        URI target = URI.create(url.substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort())) {
            String proxied = "jdbc:mariadb://127.0.0.1:" + proxy.port() + target.getPath();
            Path data = Files.createDirectories(Path.of("target", "it-data")).toAbsolutePath().resolve("outage-" + System.nanoTime());
            try (RunningApplication app = RunningApplication.startOver(proxied, data, Map.of())) {
                String token = "Bearer " + JSON.readTree(app.postJson("/api/v1/auth/login",
                        "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}").body()).path("accessToken").asText();
                assertEquals(201, register(app, token, "OUT-1").statusCode());

                proxy.cut();
                HttpResponse<String> during = register(app, token, "OUT-2");
                assertEquals(503, during.statusCode(), during.body());
                assertTrue(JSON.readTree(during.body()).path("message").asText().contains("Cơ sở dữ liệu"), during.body());
                HttpResponse<String> page = app.get("/01/08938600001016/10/MA2026-001", "Accept", "text/html");
                assertEquals(503, page.statusCode(), page.body());
                assertFalse(page.body().contains("Exception"));

                proxy.restore();
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                HttpResponse<String> after;
                do {
                    after = register(app, token, "OUT-3");
                    if (after.statusCode() == 201) {
                        break;
                    }
                    Thread.sleep(500);
                } while (Instant.now().isBefore(deadline));
                assertEquals(201, after.statusCode(), after.body());
                long id = JSON.readTree(after.body()).path("id").asLong();
                JsonNode lot;
                do {
                    lot = JSON.readTree(app.get("/api/v1/lots/" + id, "Authorization", token).body());
                    Thread.sleep(200);
                } while ("PENDING".equals(lot.path("ledger").path("status").asText()) && Instant.now().isBefore(deadline));
                assertEquals("COMMITTED", lot.path("ledger").path("status").asText(), "the outbox resumed");
                assertEquals(404, app.get("/01/08938600001016/10/OUT-2").statusCode(), "the refused lot was not stored");
                assertEquals(200, app.get("/01/08938600001016/10/OUT-1").statusCode(), "the lot stored before is still there");
            }
        }
    }

    private static HttpResponse<String> register(RunningApplication app, String token, String lot) throws Exception {
        return app.postJson("/api/v1/lots", "{\"gtin\":\"08938600001016\",\"lotNumber\":\"" + lot + "\",\"productionDate\":\""
                + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + "\",\"quantity\":3,\"unit\":\"kg\"}", "Authorization", token);
    }
}

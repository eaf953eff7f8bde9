package vn.xuatxu.api.ledger.fabric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.db.Tables.LEDGER_OUTBOX;

/**
 * The whole application in Fabric mode, against the test Gateway service over TLS, loses its peer: lots are
 * still registered (off-chain, 201) and their passport pages say they are waiting for the ledger; when the peer
 * is served again on the same port the outbox resumes by itself, and every lot is on the ledger exactly once.
 */
class FabricLedgerOutageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GTIN = "08938600001016";

    @TempDir
    Path network;

    @Test
    void writesStayPendingWhileThePeerIsDownAndCommitOnceWhenItReturns() throws Exception {
        Map<String, String> demoOrganisations = new LinkedHashMap<>();
        demoOrganisations.put("DienBienAgencyMSP", "AgencyMSP");
        demoOrganisations.put("MuongAngCoffeeMSP", "ProducersMSP");
        demoOrganisations.put("HimLamSchoolMSP", "SchoolsMSP");
        try (LoopbackGateway peer = LoopbackGateway.start(network, demoOrganisations);
             RunningApplication app = RunningApplication.start(fabricMode(peer.settings()))) {
            String token = "Bearer " + JSON.readTree(app.postJson("/api/v1/auth/login",
                    "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}").body()).path("accessToken").asText();
            List<Long> before = List.of(register(app, token, "FAB-1"), register(app, token, "FAB-2"));
            for (long id : before) {
                assertEquals("COMMITTED", awaitLedgerStatus(app, token, id), "lot " + id + " with the peer up");
            }

            peer.stopServer();
            List<Long> during = List.of(register(app, token, "FAB-3"), register(app, token, "FAB-4"),
                    register(app, token, "FAB-5"));
            DSLContext db = app.context().getBean(DSLContext.class);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (db.fetchCount(LEDGER_OUTBOX, LEDGER_OUTBOX.ATTEMPTS.gt(0)) == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertTrue(db.fetchCount(LEDGER_OUTBOX, LEDGER_OUTBOX.ATTEMPTS.gt(0)) > 0,
                    "the outbox tried the unreachable peer");
            for (long id : during) {
                assertEquals("PENDING", ledgerStatus(app, token, id), "lot " + id + " while the peer is down");
            }
            HttpResponse<String> page = app.get("/01/" + GTIN + "/10/FAB-3", "Accept", "text/html");
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("Đang chờ ghi lên sổ cái"), "the passport page says the lot is pending");
            assertEquals(200, app.get("/01/" + GTIN + "/10/FAB-1", "Accept", "text/html").statusCode());

            peer.restartServer();
            for (long id : during) {
                assertEquals("COMMITTED", awaitLedgerStatus(app, token, id), "lot " + id + " after the peer returned");
            }
            HttpResponse<String> committedPage = app.get("/01/" + GTIN + "/10/FAB-3", "Accept", "text/html");
            assertFalse(committedPage.body().contains("Đang chờ ghi lên sổ cái"), "the page no longer says pending");

            List<String> registered = peer.service().validEventPayloads("LotRegistered");
            for (int lot = 1; lot <= 5; lot++) {
                String number = "\"FAB-" + lot + "\"";
                assertEquals(1, registered.stream().filter(payload -> payload.contains(number)).count(),
                        "FAB-" + lot + " registered on the ledger exactly once");
            }
        }
    }

    private static Map<String, Object> fabricMode(FabricSettings peer) {
        return Map.of("xuatxu.ledger.mode", "fabric",
                "xuatxu.ledger.fabric.peer-endpoint", peer.peerEndpoint(),
                "xuatxu.ledger.fabric.peer-host-alias", peer.peerHostAlias().orElseThrow(),
                "xuatxu.ledger.fabric.tls-ca-certificate", peer.tlsCaCertificate().orElseThrow().toString(),
                "xuatxu.ledger.fabric.identities-dir", peer.identitiesDir().toString(),
                "xuatxu.ledger.fabric.endorse-timeout", "3s",
                "xuatxu.ledger.fabric.commit-status-timeout", "10s");
    }

    private static long register(RunningApplication app, String token, String lot) throws Exception {
        HttpResponse<String> response = app.postJson("/api/v1/lots", "{\"gtin\":\"" + GTIN + "\",\"lotNumber\":\"" + lot
                + "\",\"productionDate\":\"" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                + "\",\"quantity\":3,\"unit\":\"kg\"}", "Authorization", token);
        assertEquals(201, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("id").asLong();
    }

    private static String ledgerStatus(RunningApplication app, String token, long id) throws Exception {
        JsonNode lot = JSON.readTree(app.get("/api/v1/lots/" + id, "Authorization", token).body());
        return lot.path("ledger").path("status").asText();
    }

    /** The outbox retries with back-off (1, 2, 4, 8 s…), so a short outage is over within a minute. */
    private static String awaitLedgerStatus(RunningApplication app, String token, long id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String status = ledgerStatus(app, token, id);
        while ("PENDING".equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = ledgerStatus(app, token, id);
        }
        return status;
    }
}

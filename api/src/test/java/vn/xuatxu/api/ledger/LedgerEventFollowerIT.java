package vn.xuatxu.api.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.db.Tables.LEDGER_EVENT;

/**
 * Committed events are copied off-chain exactly once, across restarts, and auditors can read them and ask the
 * ledger to prove a lot.
 */
class LedgerEventFollowerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The test calls the follower itself: its scheduled pass (even the first one) would race the test's. */
    private static final Map<String, Object> QUIET_FOLLOWER = Map.of("xuatxu.ledger.events.poll-interval", "1h",
            "xuatxu.ledger.events.initial-delay", "1h");

    @Test
    void everyCommittedEventIsStoredOnceEvenAcrossARestart() throws Exception {
        RunningApplication first = RunningApplication.start(QUIET_FOLLOWER);
        RunningApplication second = null;
        try {
            awaitDrained(first);
            first.context().getBean(LedgerEventFollower.class).follow(Duration.ZERO);
            int onChain = countOnChain(first.context().getBean(Ledger.class));
            DSLContext db = first.context().getBean(DSLContext.class);
            assertEquals(onChain, db.fetchCount(LEDGER_EVENT), "every committed event copied");

            second = first.restart(QUIET_FOLLOWER);
            HttpResponse<String> login = second.postJson("/api/v1/auth/login",
                    "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}");
            String token = "Bearer " + JSON.readTree(login.body()).path("accessToken").asText();
            HttpResponse<String> lot = second.postJson("/api/v1/lots", "{\"gtin\":\"08938600001016\",\"lotNumber\":\"EV-1\","
                    + "\"productionDate\":\"" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + "\",\"quantity\":5,\"unit\":\"kg\"}",
                    "Authorization", token);
            assertEquals(201, lot.statusCode(), lot.body());
            awaitDrained(second);
            LedgerEventFollower follower = second.context().getBean(LedgerEventFollower.class);
            assertEquals(1, follower.follow(Duration.ZERO), "after the restart only the new event is stored");
            assertEquals(0, follower.follow(Duration.ZERO), "nothing twice");
            DSLContext db2 = second.context().getBean(DSLContext.class);
            assertEquals(onChain + 1, db2.fetchCount(LEDGER_EVENT));
            assertEquals(1, db2.fetchCount(LEDGER_EVENT, LEDGER_EVENT.NAME.eq("LotRegistered")
                    .and(LEDGER_EVENT.PAYLOAD.contains("\"EV-1\""))));

            HttpResponse<String> agencyLogin = second.postJson("/api/v1/auth/login",
                    "{\"username\":\"thanh.tra\",\"password\":\"demo-inspector-2026\"}");
            String inspector = "Bearer " + JSON.readTree(agencyLogin.body()).path("accessToken").asText();
            HttpResponse<String> audit = second.get("/api/v1/ledger/events?limit=5", "Authorization", inspector);
            assertEquals(200, audit.statusCode(), audit.body());
            JsonNode body = JSON.readTree(audit.body());
            assertEquals("LotRegistered", body.path("newestEvents").get(0).path("name").asText());
            assertTrue(body.path("status").path("height").asLong() > 0);
            assertEquals(403, second.get("/api/v1/ledger/events", "Authorization", token).statusCode());
            assertEquals(400, second.get("/api/v1/ledger/events?limit=0", "Authorization", inspector).statusCode());

            HttpResponse<String> proof = second.get("/api/v1/ledger/lots/08938600001016/EV-1/proof",
                    "Authorization", inspector);
            assertEquals(200, proof.statusCode(), proof.body());
            JsonNode proven = JSON.readTree(proof.body());
            String registeredBy = db2.select(LEDGER_EVENT.TRANSACTION_ID).from(LEDGER_EVENT)
                    .where(LEDGER_EVENT.NAME.eq("LotRegistered").and(LEDGER_EVENT.PAYLOAD.contains("\"EV-1\""))).fetchOne().value1();
            assertEquals(registeredBy, proven.path("transactionId").asText(), "the ledger's writer of the lot's current value");
            assertTrue(proven.path("blockHash").asText().matches("[0-9a-f]{64}"), proof.body());
            assertTrue(proven.path("valueHash").asText().matches("[0-9a-f]{64}"), proof.body());
            HttpResponse<String> unknown = second.get("/api/v1/ledger/lots/08938600001016/NOPE-1/proof",
                    "Authorization", inspector);
            assertEquals(404, unknown.statusCode(), unknown.body());
            assertTrue(unknown.body().contains("Sổ cái không có lô NOPE-1"), unknown.body());
            assertEquals(400, second.get("/api/v1/ledger/lots/12x/EV-1/proof", "Authorization", inspector).statusCode());
            assertEquals(403, second.get("/api/v1/ledger/lots/08938600001016/EV-1/proof", "Authorization", token)
                    .statusCode());
        } finally {
            (second != null ? second : first).close();
        }
    }

    private static int countOnChain(Ledger ledger) throws Exception {
        int count = 0;
        EventCheckpoint checkpoint = EventCheckpoint.START;
        while (true) {
            EventBatch batch = ledger.events(checkpoint, 1000, Duration.ZERO);
            if (batch.events().isEmpty()) {
                return count;
            }
            count += batch.events().size();
            checkpoint = batch.next();
        }
    }

    private static void awaitDrained(RunningApplication app) throws Exception {
        DSLContext db = app.context().getBean(DSLContext.class);
        Outbox outbox = app.context().getBean(Outbox.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (outbox.waiting(db) > 0) {
            assertTrue(Instant.now().isBefore(deadline), "the outbox did not drain");
            Thread.sleep(100);
        }
    }
}

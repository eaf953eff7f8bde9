package vn.xuatxu.api.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import vn.xuatxu.api.db.enums.LedgerOutboxStatus;
import vn.xuatxu.api.db.enums.LedgerOutboxSubjectType;
import vn.xuatxu.api.db.enums.LotLedgerStatus;
import vn.xuatxu.api.testing.RunningApplication;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.xuatxu.api.db.Tables.LEDGER_OUTBOX;
import static vn.xuatxu.api.db.Tables.LOT;

/**
 * The relay hands a run of waiting lot registrations to the ledger together: every one is committed once,
 * each lot records its own transaction, and the ledger's group commit puts them in fewer blocks than
 * entries (one by one, each would be its own block); the entries after the run still wait for it.
 */
class OutboxRelayRunIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOTS = 20;

    @Test
    void aRunOfLotRegistrationsIsCommittedOnceEachInSharedBlocks() throws Exception {
        try (RunningApplication app = RunningApplication.start(Map.of())) {
            DSLContext db = app.context().getBean(DSLContext.class);
            OutboxRelay relay = app.context().getBean(OutboxRelay.class);
            Outbox outbox = app.context().getBean(Outbox.class);
            HttpResponse<String> login = app.postJson("/api/v1/auth/login",
                    "{\"username\":\"htx.muongang\",\"password\":\"demo-coffee-2026\"}");
            String token = JSON.readTree(login.body()).path("accessToken").asText();
            awaitDrained(db, outbox);
            List<Long> lotIds = new ArrayList<>();
            LocalDate made = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
            synchronized (relay) { // the relay waits, so the registrations are waiting together when it looks
                for (int i = 0; i < LOTS; i++) {
                    HttpResponse<String> lot = app.postJson("/api/v1/lots", "{\"gtin\":\"08938600001016\",\"lotNumber\":\"RUN-"
                            + i + "\",\"productionDate\":\"" + made + "\",\"quantity\":\"20\",\"unit\":\"kg\"}",
                            "Authorization", "Bearer " + token);
                    assertEquals(201, lot.statusCode(), lot.body());
                    lotIds.add(JSON.readTree(lot.body()).path("id").asLong());
                }
            }
            awaitDrained(db, outbox);

            var entries = db.selectFrom(LEDGER_OUTBOX).where(LEDGER_OUTBOX.SUBJECT_TYPE.eq(LedgerOutboxSubjectType.LOT)
                    .and(LEDGER_OUTBOX.SUBJECT_ID.in(lotIds))).fetch();
            assertEquals(LOTS, entries.size());
            assertTrue(entries.stream().allMatch(entry -> entry.getStatus() == LedgerOutboxStatus.DONE
                    && entry.getAttempts() == 1), "each delivered once");
            assertEquals(LOTS, new HashSet<>(entries.getValues(LEDGER_OUTBOX.TX_ID)).size(), "one transaction per lot");
            int blocks = new HashSet<>(entries.getValues(LEDGER_OUTBOX.BLOCK_NUMBER)).size();
            assertTrue(blocks < LOTS, "the run shared blocks: " + blocks + " blocks for " + LOTS + " lots");
            var lots = db.selectFrom(LOT).where(LOT.ID.in(lotIds)).fetch();
            assertTrue(lots.stream().allMatch(lot -> lot.getLedgerStatus() == LotLedgerStatus.COMMITTED
                    && lot.getLedgerTxId() != null), "every lot records its own commit");
        }
    }

    private static void awaitDrained(DSLContext db, Outbox outbox) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (outbox.waiting(db) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the outbox did not drain");
            }
            Thread.sleep(100);
        }
    }
}

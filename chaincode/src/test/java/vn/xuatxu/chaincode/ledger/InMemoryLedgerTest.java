package vn.xuatxu.chaincode.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test stub must behave like a peer, or the contract tests prove nothing. */
class InMemoryLedgerTest {
    static final TestIdentity CALLER = TestIdentity.generate("OrgMSP", "user");

    InMemoryLedger ledger;

    @BeforeEach
    void fill() {
        ledger = new InMemoryLedger();
        ledger.submit(CALLER, ctx -> {
            ChaincodeStub stub = ctx.getStub();
            for (String lot : List.of("L1", "L2", "L3", "L4", "L5")) {
                stub.putState(stub.createCompositeKey("lot", "G1", lot).toString(), lot.getBytes(StandardCharsets.UTF_8));
            }
            stub.putState(stub.createCompositeKey("lot", "G2", "L1").toString(), "other".getBytes(StandardCharsets.UTF_8));
            stub.putState(stub.createCompositeKey("lots", "G1", "L9").toString(), "type".getBytes(StandardCharsets.UTF_8));
            return "";
        });
    }

    @Test
    void partialCompositeKeyQueriesStayInsideTheirPrefix() {
        List<String> values = ledger.evaluate(CALLER, ctx -> {
            List<String> seen = new ArrayList<>();
            ctx.getStub().getStateByPartialCompositeKey("lot", "G1").forEach(kv -> seen.add(kv.getStringValue()));
            return String.join(",", seen);
        }).lines().toList();
        assertEquals(List.of("L1,L2,L3,L4,L5"), values);
    }

    @Test
    void pagesFollowFabricBookmarkSemantics() {
        List<String> pages = new ArrayList<>();
        String bookmark = "";
        do {
            String finalBookmark = bookmark;
            String page = ledger.evaluate(CALLER, ctx -> {
                StringBuilder out = new StringBuilder();
                try (QueryResultsIteratorWithMetadata<KeyValue> results = ctx.getStub()
                        .getStateByPartialCompositeKeyWithPagination(new CompositeKey("lot", "G1"), 2, finalBookmark)) {
                    results.forEach(kv -> out.append(kv.getStringValue()).append(' '));
                    out.append('|').append(results.getMetadata().getFetchedRecordsCount())
                            .append('|').append(results.getMetadata().getBookmark());
                }
                return out.toString();
            });
            pages.add(page.substring(0, page.indexOf('|') + 2));
            bookmark = page.substring(page.lastIndexOf('|') + 1);
            if (!bookmark.isEmpty()) {
                assertEquals(new CompositeKey("lot", "G1", pages.size() == 1 ? "L3" : "L5").toString(), bookmark,
                        "the bookmark is the next key to read");
            }
        } while (!bookmark.isEmpty());
        assertEquals(List.of("L1 L2 |2", "L3 L4 |2", "L5 |1"), pages);
    }

    @Test
    void aTransactionCannotBothWriteAndPaginate() {
        assertThrows(IllegalStateException.class, () -> ledger.submit(CALLER, ctx -> {
            ctx.getStub().getStateByPartialCompositeKeyWithPagination(new CompositeKey("lot", "G1"), 1, "");
            ctx.getStub().putState("x", new byte[] {1});
            return "";
        }));
        assertThrows(IllegalStateException.class, () -> ledger.submit(CALLER, ctx -> {
            ctx.getStub().putState("x", new byte[] {1});
            ctx.getStub().getStateByPartialCompositeKeyWithPagination(new CompositeKey("lot", "G1"), 1, "");
            return "";
        }));
    }

    @Test
    void historyIsNewestFirstWithTxIdsTimestampsAndDeletes() {
        ledger.setTimestamp(Instant.parse("2026-11-24T00:00:00Z"));
        ledger.setNextTxId("second");
        ledger.submit(CALLER, ctx -> {
            ctx.getStub().putState("plain", "v2".getBytes(StandardCharsets.UTF_8));
            return "";
        });
        ledger.setTimestamp(Instant.parse("2026-11-25T00:00:00Z"));
        ledger.setNextTxId("third");
        ledger.submit(CALLER, ctx -> {
            ctx.getStub().delState("plain");
            return "";
        });
        assertTrue(ledger.state("plain").isEmpty(), "deleted");
        String history = ledger.evaluate(CALLER, ctx -> {
            StringBuilder out = new StringBuilder();
            for (KeyModification modification : ctx.getStub().getHistoryForKey("plain")) {
                out.append(modification.getTxId()).append(' ').append(modification.getTimestamp()).append(' ')
                        .append(modification.isDeleted()).append(' ').append(modification.getStringValue()).append(';');
            }
            return out.toString();
        });
        assertEquals("third 2026-11-25T00:00:00Z true ;second 2026-11-24T00:00:00Z false v2;", history);
    }

    @Test
    void keysAreOrderedByUtf8BytesAsInLevelDb() {
        // U+FFFD sorts after U+10000 in UTF-16 order but before it in UTF-8 byte order.
        assertTrue(InMemoryLedger.KEY_ORDER.compare("\uFFFD", "\uD800\uDC00") < 0);
        assertTrue("\uFFFD".compareTo("\uD800\uDC00") > 0);
    }
}

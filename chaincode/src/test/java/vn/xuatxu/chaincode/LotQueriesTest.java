package vn.xuatxu.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.xuatxu.chaincode.state.CanonicalJson;

class LotQueriesTest extends ContractScenario {

    @BeforeEach
    void setUp() {
        province();
        for (String lot : List.of("G3", "G4", "G5")) {
            registerLot(GROWER, GREEN, lot);
        }
    }

    JsonNode list(String org, String relation, String size, String bookmark) throws Exception {
        return CanonicalJson.parseTree(ledger.evaluate(STRANGER, ctx -> contract.listLots(ctx, org, relation, size, bookmark)));
    }

    @Test
    void pagesThroughAnOrganisationsLotsWithBookmarks() throws Exception {
        List<String> seen = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        String bookmark = "";
        do {
            JsonNode page = list("HtxMuongAngMSP", "OWNER", "2", bookmark);
            page.get("records").forEach(lot -> seen.add(lot.get("lotNumber").textValue()));
            counts.add(page.get("fetchedRecordsCount").intValue());
            bookmark = page.get("bookmark").textValue();
        } while (!bookmark.isEmpty());
        assertEquals(List.of("G1", "G2", "G3", "G4", "G5"), seen);
        assertEquals(List.of(2, 2, 1), counts);
        assertEquals(0, list("HtxRangXayMSP", "OWNER", "10", "").get("records").size());
    }

    @Test
    void custodianListsFollowReceipts() throws Exception {
        ship(GROWER, ROASTER, "s1", ref(GREEN, "G2"));
        receive(ROASTER, "r1", ref(GREEN, "G2"));
        JsonNode roaster = list("HtxRangXayMSP", "CUSTODIAN", "10", "");
        assertEquals(1, roaster.get("records").size());
        assertEquals("G2", roaster.get("records").get(0).get("lotNumber").textValue());
        assertEquals(4, list("HtxMuongAngMSP", "CUSTODIAN", "10", "").get("records").size());
        assertEquals(5, list("HtxMuongAngMSP", "OWNER", "10", "").get("records").size());
    }

    @Test
    void refusesBadPageSizesRelationsAndForeignBookmarks() throws Exception {
        refused(ErrorCode.INVALID_ARGUMENT, () -> list("HtxMuongAngMSP", "OWNER", "0", ""));
        refused(ErrorCode.INVALID_ARGUMENT, () -> list("HtxMuongAngMSP", "OWNER", "101", ""));
        refused(ErrorCode.INVALID_ARGUMENT, () -> list("HtxMuongAngMSP", "HOLDER", "5", ""));
        String bookmark = list("HtxMuongAngMSP", "OWNER", "1", "").get("bookmark").textValue();
        refused(ErrorCode.INVALID_ARGUMENT, () -> list("HtxRangXayMSP", "OWNER", "1", bookmark));
        refused(ErrorCode.INVALID_ARGUMENT, () -> list("HtxMuongAngMSP", "OWNER", "1", "%%%"));
    }

    @Test
    void aLotComesWithItsKeyHistoryOldestFirstAndItsEvents() throws Exception {
        ledger.setNextTxId("ship");
        ship(GROWER, ROASTER, "s1", ref(GREEN, "G1"));
        ledger.setNextTxId("receive");
        receive(ROASTER, "r1", ref(GREEN, "G1"));
        JsonNode result = CanonicalJson.parseTree(ledger.evaluate(STRANGER, ctx -> contract.getLotHistory(ctx, GREEN, "G1")));
        assertEquals("ACTIVE", result.get("lot").get("status").textValue());
        JsonNode history = result.get("history");
        assertEquals(3, history.size());
        assertEquals("ship", history.get(1).get("txId").textValue());
        assertEquals("IN_TRANSIT", history.get(1).get("value").get("status").textValue());
        assertEquals("receive", history.get(2).get("txId").textValue());
        assertEquals("2026-11-23T03:04:05.123Z", history.get(2).get("timestamp").textValue());
        assertEquals(false, history.get(2).get("isDelete").booleanValue());
        assertEquals(2, result.get("events").size());
        assertTrue(result.get("events").get(0).get("eventHash").textValue().equals(eventHash("s1")));
        refused(ErrorCode.NOT_FOUND, () -> ledger.evaluate(STRANGER, ctx -> contract.getLotHistory(ctx, GREEN, "NOPE")));
    }
}

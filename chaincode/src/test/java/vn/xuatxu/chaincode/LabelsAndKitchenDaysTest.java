package vn.xuatxu.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.xuatxu.chaincode.merkle.MerkleTree;

class LabelsAndKitchenDaysTest extends ContractScenario {

    @BeforeEach
    void setUp() {
        province();
    }

    @Nested
    class LabelBatches {
        final List<String> serials = new ArrayList<>();
        MerkleTree tree;

        @BeforeEach
        void printLabels() {
            for (int i = 1; i <= 25; i++) {
                serials.add(String.format("%06d", i));
            }
            tree = MerkleTree.of(serials);
        }

        String batch(int count, String root) {
            return "{\"gtin\":\"" + GREEN + "\",\"lotNumber\":\"G1\",\"batchId\":\"B1\",\"labelCount\":" + count
                    + ",\"merkleRoot\":\"" + root + "\"}";
        }

        String register(vn.xuatxu.chaincode.ledger.TestIdentity who, String json) {
            return ledger.submit(who, ctx -> contract.registerLabelBatch(ctx, json));
        }

        String verify(String serial, String proof) {
            return ledger.evaluate(STRANGER, ctx -> contract.verifyLabel(ctx, GREEN, "G1", "B1", serial, proof));
        }

        @Test
        void theOwnerRegistersARootAndEachPrintedSerialVerifies() {
            ledger.setNextTxId("tx-labels");
            String stored = register(GROWER, batch(25, tree.rootHex()));
            assertEquals("{\"batchId\":\"B1\",\"gtin\":\"" + GREEN + "\",\"labelCount\":25,\"lotNumber\":\"G1\","
                    + "\"merkleRoot\":\"" + tree.rootHex() + "\",\"registeredAt\":\"2026-11-23T03:04:05.123Z\","
                    + "\"registeredBy\":\"HtxMuongAngMSP\",\"txId\":\"tx-labels\"}", stored);
            assertEquals(stored, lastEvent("LabelBatchRegistered").payloadText());
            assertEquals(stored, register(GROWER, batch(25, tree.rootHex())), "idempotent");
            refusedWithoutEffect(ErrorCode.ALREADY_EXISTS, () -> register(GROWER, batch(24, tree.rootHex())));

            String result = verify("000007", tree.proof("000007").toJson());
            assertEquals("{\"batchId\":\"B1\",\"gtin\":\"" + GREEN + "\",\"labelCount\":25,\"lotNumber\":\"G1\","
                    + "\"lotStatus\":\"ACTIVE\",\"merkleRoot\":\"" + tree.rootHex() + "\",\"serial\":\"000007\","
                    + "\"verdict\":\"ISSUED\"}", result);
            assertTrue(verify("000099", tree.proof("000007").toJson()).contains("\"verdict\":\"NOT_ISSUED\""));
            assertTrue(verify("000008", tree.proof("000007").toJson()).contains("\"verdict\":\"NOT_ISSUED\""));
            refused(ErrorCode.INVALID_ARGUMENT, () -> verify("000007", "{\"siblings\":\"x\"}"));
            refused(ErrorCode.INVALID_ARGUMENT, () -> verify("0000 7", tree.proof("000007").toJson()));
            refused(ErrorCode.NOT_FOUND, () -> ledger.evaluate(STRANGER,
                    ctx -> contract.verifyLabel(ctx, GREEN, "G1", "B2", "000007", tree.proof("000007").toJson())));
        }

        @Test
        void onlyTheOwnerRegistersAndOnlyForAUsableLot() {
            refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> register(ROASTER, batch(25, tree.rootHex())));
            refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> register(GROWER, batch(0, tree.rootHex())));
            refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> register(GROWER, batch(25, "abc")));
            record(GROWER, objectEvent("d1", "destroying", null, ref(GREEN, "G1")));
            refusedWithoutEffect(ErrorCode.INVALID_STATE, () -> register(GROWER, batch(25, tree.rootHex())));
        }

        @Test
        void voidedSerialsVerifyAsVoided() {
            register(GROWER, batch(25, tree.rootHex()));
            String json = "{\"gtin\":\"" + GREEN + "\",\"lotNumber\":\"G1\",\"batchId\":\"B1\",\"serials\":[\"000009\","
                    + "\"000003\"],\"reason\":\"Misprinted\"}";
            refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> ledger.submit(ROASTER, ctx -> contract.voidLabels(ctx, json)));
            ledger.setNextTxId("tx-void");
            String batch = ledger.submit(GROWER, ctx -> contract.voidLabels(ctx, json));
            assertTrue(batch.contains("\"voidedCount\":2"), batch);
            assertEquals("{\"batchId\":\"B1\",\"gtin\":\"" + GREEN + "\",\"lotNumber\":\"G1\",\"reason\":\"Misprinted\","
                    + "\"serials\":[\"000003\",\"000009\"],\"txId\":\"tx-void\",\"voidedAt\":\"2026-11-23T03:04:05.123Z\","
                    + "\"voidedBy\":\"HtxMuongAngMSP\"}", lastEvent("LabelsVoided").payloadText());
            assertEquals(batch, ledger.submit(AGENCY, ctx -> contract.voidLabels(ctx, json)), "already voided: no effect");
            assertTrue(ledger.lastTransaction().writes().isEmpty());
            String result = verify("000003", tree.proof("000003").toJson());
            assertTrue(result.contains("\"verdict\":\"VOIDED\""), result);
            assertTrue(result.contains("\"voided\":{\"reason\":\"Misprinted\""), result);
            refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> ledger.submit(GROWER, ctx -> contract.voidLabels(ctx,
                    json.replace("\"000003\"", "\"000009\""))));
        }

        @Test
        void aRecalledLotShowsInTheVerification() {
            register(GROWER, batch(25, tree.rootHex()));
            ledger.submit(AGENCY, ctx -> contract.recallLot(ctx, "{\"gtin\":\"" + GREEN + "\",\"lotNumber\":\"G1\","
                    + "\"reason\":\"Mould\"}"));
            assertTrue(verify("000001", tree.proof("000001").toJson()).contains("\"lotStatus\":\"RECALLED\""));
        }
    }

    @Nested
    class KitchenDays {

        String day(vn.xuatxu.chaincode.ledger.TestIdentity who, String json) {
            return ledger.submit(who, ctx -> contract.recordKitchenDay(ctx, json));
        }

        @Test
        void amendmentsAreNewVersionsAndNothingIsOverwritten() {
            ledger.setNextTxId("v1");
            String first = day(KITCHEN, "{\"date\":\"2026-11-23\",\"contentHash\":\"" + sha256("a") + "\"}");
            assertEquals("{\"contentHash\":\"" + sha256("a") + "\",\"date\":\"2026-11-23\",\"kitchenId\":\"TruongHimLamMSP\","
                    + "\"recordedAt\":\"2026-11-23T03:04:05.123Z\",\"txId\":\"v1\",\"version\":1}", first);
            assertEquals(first, lastEvent("KitchenDayRecorded").payloadText());
            assertEquals(first, day(KITCHEN, "{\"date\":\"2026-11-23\",\"contentHash\":\"" + sha256("a") + "\"}"));
            assertTrue(ledger.lastTransaction().writes().isEmpty(), "same hash again: no new version");
            assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> day(KITCHEN,
                    "{\"date\":\"2026-11-23\",\"contentHash\":\"" + sha256("b") + "\"}")), "amendmentReason");
            ledger.setTimestamp(NOW.plusSeconds(3600));
            String second = day(KITCHEN, "{\"date\":\"2026-11-23\",\"contentHash\":\"" + sha256("b") + "\","
                    + "\"amendmentReason\":\"Nhiệt độ ghi sai\"}");
            assertTrue(second.contains("\"version\":2"), second);

            String read = ledger.evaluate(STRANGER, ctx -> contract.getKitchenDay(ctx, "TruongHimLamMSP", "2026-11-23"));
            assertEquals("{\"date\":\"2026-11-23\",\"kitchenId\":\"TruongHimLamMSP\",\"versions\":[" + first + "," + second
                    + "]}", read);
            refused(ErrorCode.NOT_FOUND, () -> ledger.evaluate(STRANGER,
                    ctx -> contract.getKitchenDay(ctx, "TruongHimLamMSP", "2026-11-22")));
        }

        @Test
        void onlyASchoolKitchenRecordsItsOwnPastDays() {
            refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> day(GROWER,
                    "{\"date\":\"2026-11-23\",\"contentHash\":\"" + sha256("a") + "\"}"));
            refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> day(KITCHEN,
                    "{\"date\":\"2026-11-24\",\"contentHash\":\"" + sha256("a") + "\"}"));
            refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> day(KITCHEN,
                    "{\"date\":\"2026-11-23\",\"contentHash\":\"" + sha256("a") + "\",\"amendmentReason\":\"x\"}"));
            refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> day(KITCHEN,
                    "{\"date\":\"2026-11-23\",\"contentHash\":\"" + sha256("a") + "\",\"kitchenId\":\"Other\"}"));
            ledger.setTimestamp(Instant.parse("2026-11-23T17:30:00Z")); // 00:30 on 24 November in Vietnam
            day(KITCHEN, "{\"date\":\"2026-11-24\",\"contentHash\":\"" + sha256("a") + "\"}");
        }
    }
}

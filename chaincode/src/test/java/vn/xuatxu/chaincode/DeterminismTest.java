package vn.xuatxu.chaincode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.hyperledger.fabric.contract.Context;
import org.junit.jupiter.api.Test;
import vn.xuatxu.chaincode.ledger.InMemoryLedger;
import vn.xuatxu.chaincode.ledger.TestIdentity;
import vn.xuatxu.chaincode.merkle.MerkleTree;

/**
 * Two endorsing peers must produce byte-identical write sets. Every submit function of the contract
 * runs twice, on two fresh contract instances, against the same committed state with the same
 * transaction id and timestamp; responses, write sets (keys, values, deletes) and events must be
 * equal byte for byte. Every accepted write must also emit exactly one event.
 */
class DeterminismTest extends ContractScenario {

    record Step(String name, TestIdentity caller, BiFunction<PassportContract, Context, String> transaction) {
    }

    List<Step> everyWriteOfTheContract() {
        String g1 = ref(GREEN, "G1");
        String r1 = ref(ROASTED, "R1");
        MerkleTree labels = MerkleTree.of(List.of("000001", "000002", "000003"));
        String org = "{\"mspId\":\"%s\",\"name\":\"Tổ chức %s\",\"kind\":\"%s\",\"province\":\"Điện Biên\",\"commune\":\"Ẳng Nưa\"}";
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("initLedger", AGENCY, (c, ctx) -> c.initLedger(ctx, AGENCY.mspId())));
        steps.add(new Step("registerOrganisation grower", AGENCY, (c, ctx) -> c.registerOrganisation(ctx,
                String.format(org, GROWER.mspId(), "A", "PRODUCER"))));
        steps.add(new Step("registerOrganisation roaster", AGENCY, (c, ctx) -> c.registerOrganisation(ctx,
                String.format(org, ROASTER.mspId(), "B", "PRODUCER"))));
        steps.add(new Step("registerOrganisation kitchen", AGENCY, (c, ctx) -> c.registerOrganisation(ctx,
                String.format(org, KITCHEN.mspId(), "C", "SCHOOL_KITCHEN"))));
        steps.add(new Step("registerProduct", GROWER, (c, ctx) -> c.registerProduct(ctx, "{\"gtin\":\"" + GREEN
                + "\",\"name\":\"Cà phê nhân\",\"category\":\"coffee\",\"mark\":{\"kind\":\"GEOGRAPHICAL_INDICATION\","
                + "\"name\":\"Cà phê Mường Ảng\"}}")));
        steps.add(new Step("updateProduct", GROWER, (c, ctx) -> c.updateProduct(ctx, "{\"gtin\":\"" + GREEN
                + "\",\"name\":\"Cà phê nhân\",\"category\":\"coffee\",\"ocopStars\":3,\"ocopCertificate\":{\"number\":\"7\","
                + "\"issueDate\":\"2025-01-02\",\"expiryDate\":\"2028-01-02\"}}")));
        steps.add(new Step("registerProduct roasted", ROASTER, (c, ctx) -> c.registerProduct(ctx, "{\"gtin\":\"" + ROASTED
                + "\",\"name\":\"Cà phê rang\",\"category\":\"coffee\"}")));
        steps.add(new Step("registerLot", GROWER, (c, ctx) -> c.registerLot(ctx, lotJson(GREEN, "G1").replace("}",
                ",\"origin\":{\"province\":\"Điện Biên\",\"commune\":\"Ẳng Nưa\",\"geo\":{\"latitude\":\"21.51\","
                + "\"longitude\":\"103.22\"}}}"))));
        steps.add(new Step("registerLot G2", GROWER, (c, ctx) -> c.registerLot(ctx, lotJson(GREEN, "G2"))));
        steps.add(new Step("commissioning", GROWER, (c, ctx) -> c.recordEvent(ctx, objectEvent("c", "commissioning", null, g1))));
        steps.add(new Step("registerLabelBatch", GROWER, (c, ctx) -> c.registerLabelBatch(ctx, "{\"gtin\":\"" + GREEN
                + "\",\"lotNumber\":\"G1\",\"batchId\":\"B1\",\"labelCount\":3,\"merkleRoot\":\"" + labels.rootHex() + "\"}")));
        steps.add(new Step("voidLabels", GROWER, (c, ctx) -> c.voidLabels(ctx, "{\"gtin\":\"" + GREEN
                + "\",\"lotNumber\":\"G1\",\"batchId\":\"B1\",\"serials\":[\"000002\",\"000001\"],\"reason\":\"Rách\"}")));
        steps.add(new Step("shipping", GROWER, (c, ctx) -> c.recordEvent(ctx, objectEvent("s", "shipping", ROASTER.mspId(),
                g1, ref(GREEN, "G2")))));
        steps.add(new Step("receiving", ROASTER, (c, ctx) -> c.recordEvent(ctx, objectEvent("r", "receiving", null,
                g1, ref(GREEN, "G2")))));
        steps.add(new Step("transforming", ROASTER, (c, ctx) -> c.recordEvent(ctx, transformation("t", g1 + "," + ref(GREEN, "G2"),
                "{\"gtin\":\"" + ROASTED + "\",\"lotNumber\":\"R1\",\"productionDate\":\"2026-11-23\",\"quantity\":\"1.5\","
                        + "\"unit\":\"t\",\"recordHash\":\"" + HASH + "\"}"))));
        steps.add(new Step("inspecting", AGENCY, (c, ctx) -> c.recordEvent(ctx, objectEvent("i", "inspecting", null, r1))));
        steps.add(new Step("recordKitchenDay", KITCHEN, (c, ctx) -> c.recordKitchenDay(ctx,
                "{\"date\":\"2026-11-23\",\"contentHash\":\"" + sha256("day") + "\"}")));
        steps.add(new Step("recordKitchenDay amendment", KITCHEN, (c, ctx) -> c.recordKitchenDay(ctx,
                "{\"date\":\"2026-11-23\",\"contentHash\":\"" + sha256("day2") + "\",\"amendmentReason\":\"Sửa\"}")));
        steps.add(new Step("recallLot", GROWER, (c, ctx) -> c.recallLot(ctx, "{\"gtin\":\"" + GREEN
                + "\",\"lotNumber\":\"G2\",\"reason\":\"Nấm mốc\"}")));
        steps.add(new Step("destroying", ROASTER, (c, ctx) -> c.recordEvent(ctx, objectEvent("d", "destroying", null, r1))));
        return steps;
    }

    @Test
    void everyTransactionWritesTheSameBytesOnTwoPeers() {
        int n = 0;
        for (Step step : everyWriteOfTheContract()) {
            String txId = String.format("det%03d", ++n);
            InMemoryLedger.Simulation first = ledger.simulate(step.caller(), txId, ctx -> step.transaction()
                    .apply(new PassportContract(), ctx));
            InMemoryLedger.Simulation second = ledger.simulate(step.caller(), txId, ctx -> step.transaction()
                    .apply(new PassportContract(), ctx));
            assertNull(first.failure(), () -> step.name() + " failed: " + first.failure());
            assertSameEndorsement(step.name(), first, second);
            assertTrue(!first.writes().isEmpty(), step.name() + " wrote nothing");
            assertTrue(first.event().isPresent(), step.name() + " wrote without emitting an event");
            ledger.commit(txId, first);
        }
        assertTrue(lot(ROASTED, "R1").contains("\"status\":\"DESTROYED\""));
        assertTrue(ledger.stateText("\u0000lotByCustodian\u0000HtxRangXayMSP\u0000" + GREEN + "\u0000G2\u0000").isPresent());
    }

    @Test
    void theComparisonCatchesANonDeterministicWrite() {
        init();
        InMemoryLedger.Simulation first = ledger.simulate(AGENCY, "x", ctx -> {
            ctx.getStub().putState("k", Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            return "";
        });
        InMemoryLedger.Simulation second = ledger.simulate(AGENCY, "x", ctx -> {
            ctx.getStub().putState("k", Long.toString(System.nanoTime() + 1).getBytes(StandardCharsets.UTF_8));
            return "";
        });
        assertThrows(AssertionError.class, () -> assertSameEndorsement("nanoTime", first, second));
    }

    static void assertSameEndorsement(String name, InMemoryLedger.Simulation first, InMemoryLedger.Simulation second) {
        assertEquals(first.response(), second.response(), name + ": responses differ");
        assertEquals(List.copyOf(first.writes().keySet()), List.copyOf(second.writes().keySet()), name + ": write keys differ");
        for (Map.Entry<String, byte[]> write : first.writes().entrySet()) {
            assertArrayEquals(write.getValue(), second.writes().get(write.getKey()), name + ": bytes of " + write.getKey());
        }
        assertEquals(first.event().map(e -> e.name()), second.event().map(e -> e.name()), name + ": event names differ");
        assertArrayEquals(first.event().map(e -> e.payload()).orElse(null), second.event().map(e -> e.payload()).orElse(null),
                name + ": event payloads differ");
    }
}

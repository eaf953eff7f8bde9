package vn.xuatxu.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import vn.xuatxu.chaincode.ledger.ChaincodeEventRecord;
import vn.xuatxu.chaincode.ledger.InMemoryLedger;
import vn.xuatxu.chaincode.ledger.TestIdentity;
import vn.xuatxu.chaincode.model.Gtin;

/**
 * A small province on a fresh in-memory ledger: the agency, a coffee co-op growing green coffee, a
 * roaster, a school kitchen, and helpers to drive the contract and check refusals.
 */
abstract class ContractScenario {
    static final TestIdentity AGENCY = TestIdentity.generate("DienBienAgencyMSP", "admin");
    static final TestIdentity GROWER = TestIdentity.generate("HtxMuongAngMSP", "grower");
    static final TestIdentity ROASTER = TestIdentity.generate("HtxRangXayMSP", "roaster");
    static final TestIdentity KITCHEN = TestIdentity.generate("TruongHimLamMSP", "kitchen");
    static final TestIdentity STRANGER = TestIdentity.generate("StrangerMSP", "nobody");

    static final String GREEN = gtin("893123456789");
    static final String ROASTED = gtin("893123456790");
    static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final Instant NOW = Instant.parse("2026-11-23T03:04:05.123Z");

    final PassportContract contract = new PassportContract();
    InMemoryLedger ledger;

    @BeforeEach
    void newLedger() {
        ledger = new InMemoryLedger();
        ledger.setTimestamp(NOW);
    }

    /** A GTIN-14 from a 12-digit payload: a leading 0, the payload, and its check digit. */
    static String gtin(String payload12) {
        String payload = "0" + payload12;
        return payload + Gtin.checkDigit(payload);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A well-formed EPCIS event hash, different for each seed. */
    static String eventHash(String seed) {
        return "ni:///sha-256;" + sha256(seed) + "?ver=CBV2.0";
    }

    static String ref(String gtin, String lot) {
        return "{\"gtin\":\"" + gtin + "\",\"lotNumber\":\"" + lot + "\"}";
    }

    static ChaincodeException refused(ErrorCode code, Executable transaction) {
        ChaincodeException e = assertThrows(ChaincodeException.class, transaction);
        assertEquals(code.name(), new String(e.getPayload(), StandardCharsets.UTF_8), e.getMessage());
        assertTrue(e.getMessage().startsWith(code.name() + ": "), e.getMessage());
        return e;
    }

    static void assertMentions(ChaincodeException e, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
        }
    }

    Map<String, String> state() {
        Map<String, String> copy = new TreeMap<>();
        ledger.snapshot().forEach((k, v) -> copy.put(k, new String(v, StandardCharsets.UTF_8)));
        return copy;
    }

    ChaincodeException refusedWithoutEffect(ErrorCode code, Executable transaction) {
        Map<String, String> before = state();
        int committed = ledger.log().size();
        ChaincodeException e = refused(code, transaction);
        assertEquals(before, state());
        assertEquals(committed, ledger.log().size());
        return e;
    }

    /** The event of the last transaction, which must exist and be named {@code name}. */
    ChaincodeEventRecord lastEvent(String name) {
        ChaincodeEventRecord event = ledger.lastTransaction().event().orElseThrow(() -> new AssertionError("no event"));
        assertEquals(name, event.name());
        return event;
    }

    void init() {
        ledger.submit(AGENCY, ctx -> contract.initLedger(ctx, AGENCY.mspId()));
    }

    String registerOrganisation(TestIdentity who, String kind) {
        return ledger.submit(AGENCY, ctx -> contract.registerOrganisation(ctx, "{\"mspId\":\"" + who.mspId()
                + "\",\"name\":\"" + who.mspId() + "\",\"kind\":\"" + kind + "\",\"province\":\"Điện Biên\"}"));
    }

    String registerProduct(TestIdentity owner, String gtin, String name) {
        return ledger.submit(owner, ctx -> contract.registerProduct(ctx,
                "{\"gtin\":\"" + gtin + "\",\"name\":\"" + name + "\",\"category\":\"coffee\"}"));
    }

    static String lotJson(String gtin, String lot) {
        return "{\"gtin\":\"" + gtin + "\",\"lotNumber\":\"" + lot + "\",\"productionDate\":\"2026-11-20\","
                + "\"quantity\":\"1600\",\"unit\":\"kg\",\"recordHash\":\"" + HASH + "\"}";
    }

    String registerLot(TestIdentity owner, String gtin, String lot) {
        return ledger.submit(owner, ctx -> contract.registerLot(ctx, lotJson(gtin, lot)));
    }

    /** Agency, grower, roaster and kitchen registered; green and roasted coffee products; green lots G1 and G2. */
    void province() {
        init();
        registerOrganisation(GROWER, "PRODUCER");
        registerOrganisation(ROASTER, "PRODUCER");
        registerOrganisation(KITCHEN, "SCHOOL_KITCHEN");
        registerProduct(GROWER, GREEN, "Cà phê nhân Mường Ảng");
        registerProduct(ROASTER, ROASTED, "Cà phê rang xay Mường Ảng");
        registerLot(GROWER, GREEN, "G1");
        registerLot(GROWER, GREEN, "G2");
    }

    String record(TestIdentity caller, String eventJson) {
        return ledger.submit(caller, ctx -> contract.recordEvent(ctx, eventJson));
    }

    static String objectEvent(String seed, String bizStep, String receiver, String... lots) {
        return "{\"eventHash\":\"" + eventHash(seed) + "\",\"type\":\"ObjectEvent\",\"bizStep\":\"" + bizStep
                + "\",\"eventTime\":\"2026-11-23T09:00:00.000+07:00\",\"lots\":[" + String.join(",", lots) + "]"
                + (receiver == null ? "" : ",\"receiverMspId\":\"" + receiver + "\"") + "}";
    }

    static String transformation(String seed, String inputs, String outputs) {
        return "{\"eventHash\":\"" + eventHash(seed) + "\",\"type\":\"TransformationEvent\",\"bizStep\":\"commissioning\","
                + "\"eventTime\":\"2026-11-23T09:30:00+07:00\",\"inputLots\":[" + inputs + "]"
                + (outputs == null ? "" : ",\"outputLots\":[" + outputs + "]") + "}";
    }

    String ship(TestIdentity from, TestIdentity to, String seed, String... lots) {
        return record(from, objectEvent(seed, "shipping", to.mspId(), lots));
    }

    String receive(TestIdentity by, String seed, String... lots) {
        return record(by, objectEvent(seed, "receiving", null, lots));
    }

    String lot(String gtin, String lotNumber) {
        return ledger.evaluate(STRANGER, ctx -> contract.getLot(ctx, gtin, lotNumber));
    }
}

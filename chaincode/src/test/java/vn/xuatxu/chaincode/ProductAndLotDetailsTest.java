package vn.xuatxu.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductAndLotDetailsTest extends ContractScenario {
    static final String OCOP = "\"ocopStars\":4,\"ocopCertificate\":{\"number\":\"1234/QĐ-UBND\",\"issueDate\":\"2025-03-01\","
            + "\"expiryDate\":\"2028-03-01\"}";
    static final String MARK = "\"mark\":{\"kind\":\"GEOGRAPHICAL_INDICATION\",\"name\":\"Cà phê Mường Ảng\","
            + "\"certificateNumber\":\"00123\",\"holder\":\"UBND tỉnh Điện Biên\"}";

    @BeforeEach
    void setUp() {
        init();
        registerOrganisation(GROWER, "PRODUCER");
        registerOrganisation(ROASTER, "PRODUCER");
    }

    String product(String extra) {
        return "{\"gtin\":\"" + GREEN + "\",\"name\":\"Cà phê\",\"category\":\"coffee\"" + extra + "}";
    }

    @Test
    void storesTheOcopCertificateAndTheMarkAndEmits() {
        String stored = ledger.submit(GROWER, ctx -> contract.registerProduct(ctx, product("," + OCOP + "," + MARK)));
        assertEquals("{\"category\":\"coffee\",\"gtin\":\"" + GREEN + "\",\"mark\":{\"certificateNumber\":\"00123\","
                + "\"holder\":\"UBND tỉnh Điện Biên\",\"kind\":\"GEOGRAPHICAL_INDICATION\",\"name\":\"Cà phê Mường Ảng\"},"
                + "\"name\":\"Cà phê\",\"ocopCertificate\":{\"expiryDate\":\"2028-03-01\",\"issueDate\":\"2025-03-01\","
                + "\"number\":\"1234/QĐ-UBND\"},\"ocopStars\":4,\"ownerMspId\":\"HtxMuongAngMSP\"}", stored);
        assertEquals(stored, lastEvent("ProductRegistered").payloadText());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        ",\"ocopCertificate\":{\"number\":\"1\",\"issueDate\":\"2025-03-01\",\"expiryDate\":\"2028-03-01\"}",
        ",\"ocopStars\":3,\"ocopCertificate\":{\"number\":\"1\",\"issueDate\":\"2025-03-01\",\"expiryDate\":\"2025-03-01\"}",
        ",\"ocopStars\":3,\"ocopCertificate\":{\"number\":\"1\",\"issueDate\":\"2027-03-01\",\"expiryDate\":\"2030-03-01\"}",
        ",\"ocopStars\":3,\"ocopCertificate\":{\"number\":\"1\",\"issueDate\":\"2025-03-01\"}",
        ",\"mark\":{\"kind\":\"TRADEMARK\",\"name\":\"X\"}",
        ",\"mark\":{\"kind\":\"COLLECTIVE_MARK\"}",
        ",\"mark\":{\"kind\":\"COLLECTIVE_MARK\",\"name\":\"X\",\"owner\":\"Y\"}",
    })
    void refusesInconsistentCertificatesAndMarks(String extra) {
        refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> ledger.submit(GROWER,
                ctx -> contract.registerProduct(ctx, product(extra))));
    }

    @Test
    void theOwnerUpdatesItsProductAndNobodyElseMay() {
        ledger.submit(GROWER, ctx -> contract.registerProduct(ctx, product("")));
        refusedWithoutEffect(ErrorCode.ALREADY_EXISTS, () -> ledger.submit(GROWER,
                ctx -> contract.registerProduct(ctx, product("," + OCOP))));
        String updated = ledger.submit(GROWER, ctx -> contract.updateProduct(ctx, product("," + OCOP)));
        assertTrue(updated.contains("\"ocopStars\":4"), updated);
        assertEquals(updated, lastEvent("ProductUpdated").payloadText());
        assertEquals(updated, ledger.submit(GROWER, ctx -> contract.updateProduct(ctx, product("," + OCOP))));
        assertTrue(ledger.lastTransaction().writes().isEmpty() && ledger.lastTransaction().event().isEmpty());
        refusedWithoutEffect(ErrorCode.FORBIDDEN, () -> ledger.submit(ROASTER, ctx -> contract.updateProduct(ctx, product(""))));
        refusedWithoutEffect(ErrorCode.NOT_FOUND, () -> ledger.submit(GROWER,
                ctx -> contract.updateProduct(ctx, product("").replace(GREEN, ROASTED))));
    }

    @Test
    void aLotCarriesItsOriginWithAnExactGeoPoint() {
        ledger.submit(GROWER, ctx -> contract.registerProduct(ctx, product("")));
        String json = lotJson(GREEN, "G1").replace("}", ",\"origin\":{\"province\":\"Điện Biên\",\"district\":\"Mường Ảng\","
                + "\"commune\":\"Ẳng Nưa\",\"geo\":{\"latitude\":\"21.5123456\",\"longitude\":\"103.2215\"}}}");
        String stored = ledger.submit(GROWER, ctx -> contract.registerLot(ctx, json));
        assertTrue(stored.contains("\"origin\":{\"commune\":\"Ẳng Nưa\",\"district\":\"Mường Ảng\",\"geo\":{\"latitude\":"
                + "\"21.5123456\",\"longitude\":\"103.2215\"},\"province\":\"Điện Biên\"}"), stored);
        assertEquals(stored, ledger.submit(GROWER, ctx -> contract.registerLot(ctx, json)), "idempotent with origin");
        refusedWithoutEffect(ErrorCode.ALREADY_EXISTS, () -> ledger.submit(GROWER,
                ctx -> contract.registerLot(ctx, json.replace("21.5123456", "21.5123457"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"latitude\":21.5,\"longitude\":\"103\"", "\"latitude\":\"91\",\"longitude\":\"103\"",
        "\"latitude\":\"21.5\",\"longitude\":\"-180.5\"", "\"latitude\":\"1e2\",\"longitude\":\"103\"",
        "\"latitude\":\"21.123456789\",\"longitude\":\"103\"", "\"latitude\":\"21.5\""})
    void refusesGeoPointsThatAreNotExactDecimalsInRange(String geo) {
        ledger.submit(GROWER, ctx -> contract.registerProduct(ctx, product("")));
        String json = lotJson(GREEN, "G1").replace("}", ",\"origin\":{\"province\":\"Điện Biên\",\"commune\":\"Ẳng Nưa\","
                + "\"geo\":{" + geo + "}}}");
        assertMentions(refusedWithoutEffect(ErrorCode.INVALID_ARGUMENT, () -> ledger.submit(GROWER,
                ctx -> contract.registerLot(ctx, json))), "origin.geo");
    }
}

package vn.xuatxu.chaincode.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueRecordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "12.5", "0.001", "999999999999999.999999"})
    void quantityAcceptsPositiveDecimals(String value) {
        assertEquals(value, new Quantity(value).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "-1", "+1", "1e3", "01.5", "1.", ".5", "1,5", "", "1.1234567", "1000000000000000"})
    void quantityRejectsZeroNegativeAndLooseSpellings(String value) {
        assertThrows(IllegalArgumentException.class, () -> new Quantity(value));
    }

    @Test
    void hashIsLowerCasedAndMustBe64Hex() {
        assertEquals("ab".repeat(32), new Sha256Hex("AB".repeat(32)).value());
        assertThrows(IllegalArgumentException.class, () -> new Sha256Hex("a".repeat(63)));
        assertThrows(IllegalArgumentException.class, () -> new Sha256Hex("a".repeat(65)));
        assertThrows(IllegalArgumentException.class, () -> new Sha256Hex("g".repeat(64)));
    }

    @Test
    void mspIdAllowsFabricStyleNames() {
        assertEquals("DakLakAgencyMSP", new MspId("DakLakAgencyMSP").value());
        assertEquals("org1.example-msp_2", new MspId("org1.example-msp_2").value());
        assertThrows(IllegalArgumentException.class, () -> new MspId("-Org"));
        assertThrows(IllegalArgumentException.class, () -> new MspId("Org MSP"));
        assertThrows(IllegalArgumentException.class, () -> new MspId("Org\u0000MSP"));
    }
}

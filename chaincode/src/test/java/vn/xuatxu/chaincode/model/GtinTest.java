package vn.xuatxu.chaincode.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @Test
    void computesTheWorkedExampleFromTheGs1Note() {
        assertEquals(7, Gtin.checkDigit("893123456789"));
        assertEquals(7, Gtin.checkDigit("0893123456789"), "leading zeros never change the check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"08931234567897", "00000002345673", "00416000336108", "08931234000011"})
    void acceptsValidGtin14(String value) {
        assertEquals(value, new Gtin(value).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"08931234567898", "00000012345673", "08931234567890"})
    void rejectsAWrongCheckDigit(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Gtin(value));
        assertTrue(e.getMessage().contains("check digit"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"8931234567897", "089312345678970", "0893123456789A", "", " 8931234567897"})
    void rejectsAnythingButFourteenDigits(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Gtin(value));
        assertTrue(e.getMessage().contains("14 digits"), e.getMessage());
    }
}

package vn.xuatxu.api.passport.gs1;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GtinTest {

    @Test
    void shorterGtinsArePaddedToFourteenDigits() {
        assertEquals("00000040170725", Gtin.parse("40170725").value());
        assertEquals("00614141000036", Gtin.parse("614141000036").value());
        assertEquals("08938600001016", Gtin.parse("8938600001016").value());
        assertEquals("08938600001016", Gtin.parse("08938600001016").value());
    }

    @Test
    void checkDigitIsTheGs1ModTenDigit() {
        assertEquals(6, Gtin.checkDigit("0893860000101"));
        assertEquals(5, Gtin.checkDigit("0004017072"));
    }

    @Test
    void aWrongCheckDigitIsRefusedWithTheExpectedDigit() {
        ProblemException.InvalidInput refused = assertThrows(ProblemException.InvalidInput.class,
                () -> Gtin.parse("08938600001017"));
        assertEquals("gtin", refused.field());
        assertTrue(refused.getMessage().contains("phải là 6"), refused.getMessage());
    }

    @Test
    void lettersAndWrongLengthsAreRefused() {
        assertThrows(ProblemException.InvalidInput.class, () -> Gtin.parse("0893860000101A"));
        assertThrows(ProblemException.InvalidInput.class, () -> Gtin.parse("123456789"));
        assertThrows(ProblemException.InvalidInput.class, () -> Gtin.parse(""));
        assertThrows(ProblemException.InvalidInput.class, () -> Gtin.parse(null));
        assertThrows(ProblemException.InvalidInput.class, () -> Gtin.parse("٠٨٩٣٨٦٠٠٠٠١٠١٦"));
    }
}

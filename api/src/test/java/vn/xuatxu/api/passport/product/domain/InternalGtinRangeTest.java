package vn.xuatxu.api.passport.product.domain;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.passport.gs1.Gtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InternalGtinRangeTest {

    private final InternalGtinRange range = new InternalGtinRange("2099");

    @Test
    void numbersAreRestrictedCirculationGtinsWithACheckDigit() {
        Gtin first = range.number(1);
        assertEquals("02099000000019", first.value());
        assertEquals(first, Gtin.parse("2099000000019"), "valid as a GTIN-13 too");
        assertEquals(1, range.sequenceOf(first));
        assertTrue(range.contains(first));
        assertFalse(range.contains(Gtin.parse("08938600001016")));
    }

    @Test
    void onlyRestrictedCirculationPrefixesAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new InternalGtinRange("893"));
        assertThrows(IllegalStateException.class, () -> range.number(range.capacity() + 1));
    }
}

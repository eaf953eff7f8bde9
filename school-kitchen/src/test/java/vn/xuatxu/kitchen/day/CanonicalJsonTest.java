package vn.xuatxu.kitchen.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedByCodeUnitsAtEveryLevelWithoutWhitespace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("é", 1);
        inner.put("a", 2);
        inner.put("Z", 3);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", inner);
        outer.put("a", Arrays.asList(true, null, "x"));
        assertEquals("{\"a\":[true,null,\"x\"],\"b\":{\"Z\":3,\"a\":2,\"é\":1}}", CanonicalJson.write(outer));
    }

    @Test
    void stringsAreNfcAndOnlyRequiredCharactersAreEscaped() {
        String decomposed = Normalizer.normalize("Canh chua cá", Normalizer.Form.NFD);
        assertEquals("\"Canh chua cá\"", CanonicalJson.write(decomposed));
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001/é\"", CanonicalJson.write("a\"b\\c\nd\u0001/é"));
    }

    @Test
    void decimalsArePlainStringsWithoutTrailingZeros() {
        assertEquals("[\"100.5\",\"0\",\"100\",\"4\"]", CanonicalJson.write(List.of(
                new BigDecimal("100.50"), new BigDecimal("0.00"), new BigDecimal("1E+2"), new BigDecimal("4.000"))));
    }

    @Test
    void valuesOutsideTheCanonicalSetAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(1.5d));
    }

    @Test
    void sha256OfTheEmptyTextIsTheKnownDigest() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.sha256("").hex());
    }
}

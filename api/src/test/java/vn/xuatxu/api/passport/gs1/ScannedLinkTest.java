package vn.xuatxu.api.passport.gs1;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScannedLinkTest {

    @Test
    void aLotOrUnitLinkFromAnyResolverNamesTheProductLotAndSerial() {
        ScannedLink unit = ScannedLink.parse("https://truyxuat.dienbien.gov.vn/01/08938600001016/10/MA2026%2D001/21/7KQ2MZ9DX4HT5?17=271102")
                .orElseThrow();
        assertEquals("08938600001016", unit.gtin().value());
        assertEquals("MA2026-001", unit.lot().orElseThrow().value());
        assertEquals(Optional.of("7KQ2MZ9DX4HT5"), unit.serial());
        ScannedLink elsewhere = ScannedLink.parse("https://id.example.com/dl/01/8938600001016/10/L1").orElseThrow();
        assertEquals("08938600001016", elsewhere.gtin().value(), "GTIN-13 normalised to 14 digits");
        assertTrue(ScannedLink.parse("https://truyxuat.dienbien.gov.vn/01/08938600001016").orElseThrow().lot().isEmpty());
    }

    @Test
    void notADigitalLinkOrABadCheckDigitIsNothing() {
        assertTrue(ScannedLink.parse("https://example.com/products/42").isEmpty());
        assertTrue(ScannedLink.parse("https://truyxuat.dienbien.gov.vn/01/08938600001017/10/L1").isEmpty());
        assertTrue(ScannedLink.parse("not a uri at all %%%").isEmpty());
        assertTrue(ScannedLink.parse(null).isEmpty());
    }
}

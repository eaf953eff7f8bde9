package vn.xuatxu.api.passport.lot.domain;

import org.junit.jupiter.api.Test;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.problem.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LotDetailsTest {

    private static LotDetails lot(String quantity) {
        return new LotDetails(Gtin.parse("08938600001016"), LotNumber.parse("MA2026-001"), LocalDate.of(2026, 11, 9),
                Optional.of(LocalDate.of(2027, 11, 9)), new BigDecimal(quantity), QuantityUnit.KGM, "MuongAngCoffeeMSP");
    }

    @Test
    void canonicalJsonHasSortedKeysAndPlainDecimals() {
        assertEquals("{\"bestBeforeDate\":\"2027-11-09\",\"gtin\":\"08938600001016\",\"lotNumber\":\"MA2026-001\","
                        + "\"producerMspId\":\"MuongAngCoffeeMSP\",\"productionDate\":\"2026-11-09\",\"quantity\":\"1200\","
                        + "\"unit\":\"KGM\"}", lot("1200.000").canonicalJson());
    }

    @Test
    void theHashIgnoresHowTheDecimalWasWrittenButNotItsValue() {
        assertEquals(lot("1200").recordHash(), lot("1200.000").recordHash());
        assertEquals(64, lot("1200").recordHash().length());
        assertNotEquals(lot("1200").recordHash(), lot("1201").recordHash());
    }

    @Test
    void unitsAcceptCodesSymbolsAndVietnameseWords() {
        assertEquals(QuantityUnit.KGM, QuantityUnit.parse("kg"));
        assertEquals(QuantityUnit.KGM, QuantityUnit.parse("KGM"));
        assertEquals(QuantityUnit.TNE, QuantityUnit.parse("Tấn"));
        assertEquals(QuantityUnit.TNE, QuantityUnit.parse("ta\u0302\u0301n"));
        assertThrows(ProblemException.InvalidInput.class, () -> QuantityUnit.parse("bushel"));
    }
}

package vn.xuatxu.api.passport.lot.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LotNumberPatternTest {

    private final LotNumberPattern pattern = new LotNumberPattern("{code}-{yy}{MM}-{seq}");
    private final LocalDate november = LocalDate.of(2026, 11, 23);

    @Test
    void theFirstLotOfTheMonthIsNumberOne() {
        assertEquals("CF-2611-01", pattern.next("CF", november, List.of()));
    }

    @Test
    void theNextNumberFollowsTheHighestUsedWithTheSamePrefix() {
        assertEquals("CF-2611-04", pattern.next("CF", november,
                List.of("CF-2611-01", "CF-2611-03", "CF-2610-09", "CF-2611-X", "MA2026-001")));
    }

    @Test
    void codesComeFromTheCategoryWithoutDiacritics() {
        assertEquals("CP", LotNumberPattern.codeFrom("Cà phê"));
        assertEquals("MO", LotNumberPattern.codeFrom("Mật ong"));
        assertEquals("DS", LotNumberPattern.codeFrom("Đặc sản"));
        assertEquals("L", LotNumberPattern.codeFrom(""));
    }

    @Test
    void aPatternMustEndWithTheSequence() {
        assertThrows(IllegalArgumentException.class, () -> new LotNumberPattern("{code}-{yy}"));
    }
}

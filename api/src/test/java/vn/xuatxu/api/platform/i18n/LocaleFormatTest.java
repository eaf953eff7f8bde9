package vn.xuatxu.api.platform.i18n;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LocaleFormatTest {

    private final LocaleFormat vi = LocaleFormat.vietnamese();
    private final LocaleFormat en = new LocaleFormat("en");

    @Test
    void vietnameseDatesAreDayMonthYearAndTimesInVietnamTime() {
        assertEquals("05/01/2027", vi.date(LocalDate.of(2027, 1, 5)));
        assertEquals("07:05 24/11/2026", vi.time(Instant.parse("2026-11-24T00:05:00Z")));
        assertEquals("5 Jan 2027", en.date(LocalDate.of(2027, 1, 5)));
        assertEquals("07:05, 24 Nov 2026", en.time(Instant.parse("2026-11-24T00:05:00Z")));
    }

    @Test
    void numbersUseEachLanguagesSeparators() {
        assertEquals("1.234,5", vi.number(new BigDecimal("1234.500")));
        assertEquals("1,234.5", en.number(new BigDecimal("1234.500")));
        assertEquals("350", vi.number(new BigDecimal("350.000")));
        assertEquals("-2,5", vi.number(new BigDecimal("-2.5")));
        assertEquals("1.000.000", vi.number(1_000_000));
    }

    @Test
    void moneyIsDongWrittenTheWayEachReaderExpects() {
        assertEquals("125.000 ₫", vi.vnd(125_000));
        assertEquals("VND 125,000", en.vnd(125_000));
    }

    @Test
    void onlyThePageLanguagesHaveAFormat() {
        assertThrows(IllegalArgumentException.class, () -> new LocaleFormat("zh"));
    }
}

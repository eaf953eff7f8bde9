package vn.xuatxu.api.platform.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the pages write dates, times, numbers and money for one reader, so that every page writes them the
 * same way. Vietnamese: {@code 23/11/2026}, {@code 14:05 23/11/2026}, {@code 1.234,5}, {@code 125.000 ₫}
 * (Vietnamese usage: dot for thousands, comma for decimals, dong sign after the amount). English:
 * {@code 23 Nov 2026} (the month spelled out, so a reader used to month-first dates cannot misread it),
 * {@code 14:05, 23 Nov 2026}, {@code 1,234.5}, {@code VND 125,000}. Times are always Vietnam time: the
 * province's records are kept in it and the pages say so.
 *
 * <p>Instances are immutable; the {@link DecimalFormat}s, which are not thread-safe, are made per call.
 *
 * @param language the page language, {@code vi} or {@code en}
 */
public record LocaleFormat(String language) {

    /** Where the records are kept and read. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("HH:mm, d MMM yyyy", Locale.ENGLISH);

    public LocaleFormat {
        if (!"vi".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("Pages are formatted in vi or en, not " + language);
        }
    }

    public static LocaleFormat vietnamese() {
        return new LocaleFormat("vi");
    }

    private boolean vi() {
        return "vi".equals(language);
    }

    public String date(LocalDate date) {
        return date == null ? null : (vi() ? VI_DATE : EN_DATE).format(date);
    }

    /** A moment as a reader in Vietnam reads it. */
    public String time(Instant instant) {
        return instant == null ? null : (vi() ? VI_TIME : EN_TIME).format(instant.atZone(VIETNAM));
    }

    /** A stored Vietnam-time date and time. */
    public String time(LocalDateTime vietnamTime) {
        return vietnamTime == null ? null : (vi() ? VI_TIME : EN_TIME).format(vietnamTime);
    }

    /** A quantity: grouped thousands, up to three decimals, no trailing zeros. */
    public String number(BigDecimal value) {
        return value == null ? null : decimal("#,##0.###").format(value);
    }

    public String number(long value) {
        return decimal("#,##0").format(value);
    }

    /** An amount in Vietnamese dong (the currency has no minor unit in use). */
    public String vnd(long dong) {
        return vi() ? number(dong) + " ₫" : "VND " + number(dong);
    }

    private DecimalFormat decimal(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(vi() ? '.' : ',');
        symbols.setDecimalSeparator(vi() ? ',' : '.');
        return new DecimalFormat(pattern, symbols);
    }
}

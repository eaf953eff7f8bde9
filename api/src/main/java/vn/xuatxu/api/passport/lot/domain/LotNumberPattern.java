package vn.xuatxu.api.passport.lot.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

/**
 * How suggested lot numbers look, e.g. {@code {code}-{yy}{MM}-{seq}} gives {@code CF-2611-01}: the
 * product's short code, the production year and month, and a two-digit sequence that continues after the
 * highest number already used with the same beginning. A co-op's paper lot book usually looks like this
 * already; suggesting the next one saves typing and avoids duplicates.
 */
public record LotNumberPattern(String pattern) {

    public LotNumberPattern {
        if (pattern == null || !pattern.contains("{seq}") || !pattern.endsWith("{seq}")) {
            throw new IllegalArgumentException("A lot number pattern must end with {seq}, got " + pattern);
        }
    }

    /** Everything before the sequence number, for a product code and production date. */
    public String prefix(String code, LocalDate productionDate) {
        return pattern.substring(0, pattern.length() - "{seq}".length())
                .replace("{code}", code)
                .replace("{yyyy}", String.format("%04d", productionDate.getYear()))
                .replace("{yy}", String.format("%02d", productionDate.getYear() % 100))
                .replace("{MM}", String.format("%02d", productionDate.getMonthValue()))
                .replace("{dd}", String.format("%02d", productionDate.getDayOfMonth()));
    }

    /** The next number after those already used with the same prefix. */
    public String next(String code, LocalDate productionDate, Collection<String> used) {
        String prefix = prefix(code, productionDate);
        int highest = 0;
        for (String number : used) {
            if (number.startsWith(prefix) && number.substring(prefix.length()).matches("\\d{1,6}")) {
                highest = Math.max(highest, Integer.parseInt(number.substring(prefix.length())));
            }
        }
        return prefix + String.format("%02d", highest + 1);
    }

    /** A product's short code when it has none: initials of its category in plain capitals, e.g. "Cà phê" gives "CP". */
    public static String codeFrom(String category) {
        String plain = Normalizer.normalize(category == null ? "" : category.replace('đ', 'd').replace('Đ', 'D'),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder code = new StringBuilder();
        for (String word : plain.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty() && code.length() < 3) {
                code.append(word.charAt(0));
            }
        }
        return code.isEmpty() ? "L" : code.toString().toUpperCase(Locale.ROOT);
    }
}

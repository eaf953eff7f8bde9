package vn.xuatxu.api.passport.resolver;

import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The GS1 data attributes of a Digital Link query string ({@code ?17=YYMMDD…}). Keys made only of digits are
 * reserved for GS1 Application Identifiers, so an unknown numeric key, a repeated one or an empty value makes
 * the whole URI malformed; other keys ({@code linkType}, {@code lang}, a campaign tag) are the resolver's or
 * the brand's and are left alone.
 */
record DataAttributes(Map<String, String> values) {

    /**
     * The date attributes we read (production, packaging, best before, expiry), with the six-digit YYMMDD format
     * (day 00 means "end of month"); each has its own refusal key {@code resolver.error.dateFormat.<AI>}.
     */
    private static final List<String> DATES = List.of("11", "13", "15", "17");
    /** Other attributes a label may carry that we accept without reading. */
    private static final List<String> ACCEPTED = List.of("3103", "7007", "422", "427");

    DataAttributes {
        values = Map.copyOf(values);
    }

    static DataAttributes parse(Map<String, List<String>> query) {
        Map<String, String> found = new TreeMap<>();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String key = parameter.getKey();
            if (!key.matches("\\d+")) {
                continue;
            }
            if (!DATES.contains(key) && !ACCEPTED.contains(key)) {
                throw new ProblemException.InvalidInput(key, PageText.of("resolver.error.unknownAi", key));
            }
            if (parameter.getValue().size() > 1) {
                throw new ProblemException.InvalidInput(key, PageText.of("resolver.error.repeated", key));
            }
            String value = parameter.getValue().get(0);
            if (value == null || value.isEmpty()) {
                throw new ProblemException.InvalidInput(key, PageText.of("resolver.error.empty", key));
            }
            if (DATES.contains(key)) {
                date(key, value);
            }
            found.put(key, value);
        }
        return new DataAttributes(found);
    }

    /** The expiry date (AI 17) printed in the QR code, when there is one. */
    Optional<LocalDate> expiry() {
        return Optional.ofNullable(values.get("17")).map(value -> date("17", value));
    }

    /** YYMMDD as GS1 reads it: years 2000–2099 here, day 00 is the last day of the month. */
    private static LocalDate date(String key, String value) {
        if (!value.matches("\\d{6}")) {
            throw new ProblemException.InvalidInput(key, PageText.of("resolver.error.dateFormat." + key, key, value));
        }
        int year = 2000 + Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        int day = Integer.parseInt(value.substring(4, 6));
        if (month < 1 || month > 12) {
            throw new ProblemException.InvalidInput(key, PageText.of("resolver.error.month", key, month));
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day == 0) {
            return yearMonth.atEndOfMonth();
        }
        if (day > yearMonth.lengthOfMonth()) {
            throw new ProblemException.InvalidInput(key, PageText.of("resolver.error.day", key, day));
        }
        return yearMonth.atDay(day);
    }
}

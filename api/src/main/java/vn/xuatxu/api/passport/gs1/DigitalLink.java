package vn.xuatxu.api.passport.gs1;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * GS1 Digital Link URIs under the province's own resolver domain. The domain comes from configuration so
 * a printed label never depends on which machine served it.
 */
public record DigitalLink(String baseUrl) {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public DigitalLink {
        if (baseUrl == null || !baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new IllegalArgumentException("The public base URL must be an http(s) URL without query: " + baseUrl);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** {@code /01/{gtin}/10/{lot}}, with {@code ?17=YYMMDD} when the lot has a best-before date. */
    public String lot(Gtin gtin, LotNumber lot, Optional<LocalDate> bestBefore) {
        String uri = baseUrl + lotPath(gtin, lot);
        return bestBefore.map(date -> uri + "?17=" + YYMMDD.format(date)).orElse(uri);
    }

    /** {@code /01/{gtin}/10/{lot}/21/{serial}} for a unit label, with {@code ?17=YYMMDD} when there is a best-before date. */
    public String serial(Gtin gtin, LotNumber lot, String serial, Optional<LocalDate> bestBefore) {
        String uri = baseUrl + lotPath(gtin, lot) + "/21/" + URLEncoder.encode(serial, StandardCharsets.UTF_8).replace("+", "%20");
        return bestBefore.map(date -> uri + "?17=" + YYMMDD.format(date)).orElse(uri);
    }

    public static String lotPath(Gtin gtin, LotNumber lot) {
        return "/01/" + gtin.value() + "/10/" + URLEncoder.encode(lot.value(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}

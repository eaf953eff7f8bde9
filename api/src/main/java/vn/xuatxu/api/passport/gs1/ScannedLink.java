package vn.xuatxu.api.passport.gs1;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a scanned GS1 Digital Link names: a product, its lot and perhaps one unit. Any host is accepted, because a
 * label printed for another resolver names the same product; the path carries the identity
 * ({@code /01/{gtin}/10/{lot}[/21/{serial}]}, optionally after a path prefix).
 *
 * @param gtin   the product, normalised to 14 digits with its check digit verified
 * @param lot    the lot (AI 10), if the link names one
 * @param serial the unit (AI 21), if the link names one
 */
public record ScannedLink(Gtin gtin, Optional<LotNumber> lot, Optional<String> serial) {

    /** The link's identity, or empty when the text is not a Digital Link with a valid GTIN (and lot, if any). */
    public static Optional<ScannedLink> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(text.strip()).getRawPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        String[] parts = path.split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (!parts[i].equals("01")) {
                continue;
            }
            try {
                Gtin gtin = Gtin.parse(decode(parts[i + 1]));
                Optional<LotNumber> lot = Optional.empty();
                Optional<String> serial = Optional.empty();
                for (int j = i + 2; j + 1 < parts.length; j += 2) {
                    if (parts[j].equals("10")) {
                        lot = Optional.of(LotNumber.parse(decode(parts[j + 1])));
                    } else if (parts[j].equals("21")) {
                        serial = Optional.of(decode(parts[j + 1]));
                    }
                }
                return Optional.of(new ScannedLink(gtin, lot, serial));
            } catch (vn.xuatxu.api.problem.ProblemException | IllegalArgumentException notOurs) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}

package vn.xuatxu.api.passport.resolver;

import java.util.Locale;

/**
 * What a scan is answered with. A phone browser gets the page; programs ask for the passport as JSON-LD or
 * for the list of links (an RFC 9264 linkset) by {@code Accept}, as the GS1-Conformant Resolver standard says.
 * {@code ?linkType=linkset} (and the older {@code all}) asks for the linkset from a plain link.
 */
enum Representation {
    HTML("text/html;charset=utf-8"),
    JSON_LD("application/ld+json"),
    LINKSET("application/linkset+json");

    private final String contentType;

    Representation(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /**
     * The best representation for an {@code Accept} header: the acceptable type with the highest q-value,
     * earlier ones winning ties; HTML when nothing we offer is named (including no header and {@code *}{@code /*}).
     */
    static Representation negotiate(String accept, String linkType) {
        if (linkType != null && (linkType.equals("linkset") || linkType.equals("all"))) {
            return LINKSET;
        }
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        Representation best = HTML;
        double bestQuality = -1;
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            double quality = quality(pieces);
            Representation candidate = switch (type) {
                case "text/html", "application/xhtml+xml", "*/*", "text/*" -> HTML;
                case "application/ld+json", "application/json" -> JSON_LD;
                case "application/linkset+json" -> LINKSET;
                default -> null;
            };
            if (candidate != null && quality > 0 && quality > bestQuality) {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}

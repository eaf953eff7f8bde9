package vn.xuatxu.api.passport.resolver;

import java.util.Locale;

/**
 * The languages the public pages speak. Vietnamese is the default because the mandatory label items are in
 * Vietnamese; English is there for visitors and buyers abroad.
 */
enum Language {
    VI("vi"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    /**
     * {@code ?lang=} wins (the toggle on the page); otherwise the first of vi/en in {@code Accept-Language}
     * by q-value; otherwise Vietnamese.
     */
    static Language choose(String langParameter, String acceptLanguage) {
        if (langParameter != null) {
            String wanted = langParameter.strip().toLowerCase(Locale.ROOT);
            if (wanted.startsWith("en")) {
                return EN;
            }
            if (wanted.startsWith("vi")) {
                return VI;
            }
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VI;
        }
        Language best = VI;
        double bestQuality = -1;
        for (String part : acceptLanguage.split(",")) {
            String[] pieces = part.split(";");
            String range = pieces[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            Language candidate = range.equals("en") || range.startsWith("en-") ? EN
                    : range.equals("vi") || range.startsWith("vi-") ? VI : null;
            if (candidate != null && quality > 0 && quality > bestQuality) {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }
}

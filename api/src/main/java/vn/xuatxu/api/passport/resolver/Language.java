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
     * Vietnamese unless the reader chose English with the page's toggle ({@code ?lang=en}). The browser's
     * Accept-Language is deliberately not followed: many phones in Vietnam are set to English, and the
     * passport's mandatory items are Vietnamese first (Decree 37/2026); English is an extra, one tap away.
     */
    static Language choose(String langParameter) {
        return langParameter != null && langParameter.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : VI;
    }
}

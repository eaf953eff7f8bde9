package vn.xuatxu.api.passport.resolver;

import vn.xuatxu.api.platform.i18n.LocaleFormat;
import vn.xuatxu.api.platform.i18n.ReaderLanguage;

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

    /** How pages in this language write dates, numbers and money. */
    LocaleFormat format() {
        return new LocaleFormat(tag);
    }

    /**
     * The page language for a reader: Vietnamese unless they asked for another language, by the page's toggle
     * ({@code ?lang=en}) or by a browser set to a language other than English (see {@link ReaderLanguage}
     * for why English phones still get Vietnamese first, as Decree 37/2026 puts the mandatory items).
     */
    static Language of(ReaderLanguage reader) {
        return reader.page().equals("en") ? EN : VI;
    }
}

package vn.xuatxu.api.passport.translation.domain;

import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.util.Locale;
import java.util.Map;

/**
 * The language of a translation: an ISO 639 code of two or three letters ({@code en}, {@code zh}, {@code th},
 * {@code hmn} for H'Mông, {@code blt} for Tai Dam, the Thái of Điện Biên). Only the primary language, no
 * region: a producer writes one Chinese text, not one per country, and a buyer's {@code zh-CN} finds it.
 * Never {@code vi}: Vietnamese is the product's own text.
 *
 * @param code lower-case ISO 639-1 or 639-3 code
 */
public record TranslationLanguage(String code) {

    /** Names of the languages producers in the province are expected to use, for forms and lists. */
    public static final Map<String, String> COMMON = Map.of(
            "en", "English", "zh", "中文 (tiếng Trung)", "blt", "Tai Dam (tiếng Thái)", "hmn", "Hmoob (tiếng H'Mông)",
            "lo", "ລາວ (tiếng Lào)", "th", "ไทย (tiếng Thái Lan)");

    public TranslationLanguage {
        if (code == null || !code.matches("[a-z]{2,3}") || code.equals("vi")) {
            throw new IllegalArgumentException("Not a translation language: " + code);
        }
    }

    /** Reads what a producer or a form sent; a wrong code is a 400 with a Vietnamese explanation. */
    public static TranslationLanguage parse(String text) {
        String code = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (code.equals("vi")) {
            throw new ProblemException.InvalidInput("language", PageText.of("product.error.translationVietnamese"));
        }
        if (!code.matches("[a-z]{2,3}")) {
            throw new ProblemException.InvalidInput("language",
                    PageText.of("product.error.translationCode"));
        }
        return new TranslationLanguage(code);
    }

    @Override
    public String toString() {
        return code;
    }
}

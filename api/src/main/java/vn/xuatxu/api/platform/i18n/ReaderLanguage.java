package vn.xuatxu.api.platform.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The language a reader of a public page asked for, and the language the page's own words are in.
 *
 * <p>The rules, and why:
 * <ul>
 *   <li>{@code ?lang=} (the page's toggle, or a link a producer shares) always wins.</li>
 *   <li>Otherwise the browser's {@code Accept-Language} is followed, except for English: many phones in
 *       Vietnam are set to English by their owners' habit, and the mandatory items are Vietnamese first, so
 *       English stays one tap away instead. A phone set to Chinese, Thai or H'Mông is a deliberate choice
 *       (often a cross-border buyer), and gets the producer's translation in that language if there is one.</li>
 *   <li>The page's words exist in Vietnamese and English only: a reader asking for any language other than
 *       Vietnamese reads them in English, the more widely read of the two abroad. Product and producer texts
 *       follow the requested language when the producer translated them; Vietnamese is always shown too.</li>
 * </ul>
 *
 * @param requested the primary language subtag asked for, lower case ({@code vi}, {@code en}, {@code zh},
 *                  {@code hmn}…), {@code vi} when nothing was asked
 * @param page      {@code vi} or {@code en}: the language of the page's own words
 */
public record ReaderLanguage(String requested, String page) {

    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}");

    public static final ReaderLanguage VIETNAMESE = new ReaderLanguage("vi", "vi");

    /** From the request's {@code lang} parameter and {@code Accept-Language} header, either possibly null. */
    public static ReaderLanguage of(String langParameter, String acceptLanguage) {
        Optional<String> chosen = primary(langParameter);
        if (chosen.isEmpty() && acceptLanguage != null) {
            for (String range : acceptLanguage.split(",")) {
                String[] parts = range.split(";");
                Optional<String> tag = primary(parts[0]);
                if (tag.isPresent() && !tag.get().equals("en") && !refused(parts)) {
                    chosen = tag;
                    break;
                }
            }
        }
        String requested = chosen.orElse("vi");
        return new ReaderLanguage(requested, requested.equals("vi") ? "vi" : "en");
    }

    /** Whether a range carries {@code q=0}, which means "not this language". */
    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The formatter for this reader's page language. */
    public LocaleFormat format() {
        return new LocaleFormat(page);
    }

    /** The primary subtag of a BCP 47 tag ({@code zh} of {@code zh-Hans-CN}), if it looks like one. */
    public static Optional<String> primary(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return TAG.matcher(primary).matches() ? Optional.of(primary) : Optional.empty();
    }
}

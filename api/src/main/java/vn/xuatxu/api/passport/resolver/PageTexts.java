package vn.xuatxu.api.passport.resolver;

import jakarta.inject.Singleton;
import vn.xuatxu.api.platform.i18n.MessageBundles;

import java.util.Map;

/**
 * The words of the passport and resolver pages in each {@link Language}: the {@code passport} message bundle
 * ({@code i18n/passport_*.properties}). Kept out of the templates so the Vietnamese and English pages cannot
 * drift apart in structure.
 */
@Singleton
final class PageTexts {

    private static final String BUNDLE = "passport";

    private final MessageBundles bundles;

    PageTexts(MessageBundles bundles) {
        this.bundles = bundles;
    }

    /** All texts of one language, for a template's {@code t} variable. */
    Map<String, String> of(Language language) {
        return bundles.of(BUNDLE, language.tag());
    }

    /** One text with {@code {0}}, {@code {1}}… replaced by the arguments (no other formatting rules). */
    String format(Language language, String key, String... arguments) {
        return bundles.format(BUNDLE, language.tag(), key, (Object[]) arguments);
    }
}

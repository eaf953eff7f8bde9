package vn.xuatxu.api.platform.i18n;

import io.micronaut.context.AbstractMessageSource;
import io.micronaut.core.annotation.NonNull;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in pages' words, for Thymeleaf's {@code #{key}} and for Java code. A key's first segment names
 * its bundle: {@code kitchen.sample.title} is read from {@code i18n/kitchen_vi.properties} or
 * {@code i18n/kitchen_en.properties}, so each feature keeps its words beside the others' without a registry,
 * and a missing English word falls back to the Vietnamese one rather than to the key.
 * {@code MessageBundlesTest} checks that every bundle has the same keys in both languages.
 */
@Singleton
public final class PageMessages extends AbstractMessageSource {

    private final MessageBundles bundles;

    public PageMessages(MessageBundles bundles) {
        this.bundles = bundles;
    }

    @Override
    @NonNull
    public Optional<String> getRawMessage(@NonNull String code, @NonNull MessageContext context) {
        int dot = code.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String bundle = code.substring(0, dot);
        String language = "en".equals(context.getLocale().getLanguage()) ? "en" : "vi";
        Optional<String> text = bundles.find(bundle, language).map(words -> words.get(code));
        if (text.isEmpty() && !"vi".equals(language)) {
            text = bundles.find(bundle, "vi").map(words -> words.get(code));
        }
        return text;
    }

    /** The text of {@code code} in {@code language} with {@code {0}}, {@code {1}}… replaced, or the code itself. */
    public String text(String language, String code, Object... arguments) {
        return place(getRawMessage(code, MessageContext.of("en".equals(language) ? Locale.ENGLISH
                : PageLanguageResolver.VIETNAMESE)).orElse(code), arguments);
    }

    /** {@code {0}}, {@code {1}}… replaced by the arguments, and nothing else touched (an apostrophe stays). */
    static String place(String text, Object... arguments) {
        String placed = text;
        for (int i = 0; i < arguments.length; i++) {
            placed = placed.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return placed;
    }
}

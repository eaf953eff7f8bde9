package vn.xuatxu.api.passport.resolver;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words of the public pages in each {@link Language}, read once from {@code i18n/passport_*.properties}
 * (UTF-8). Kept out of the templates so the Vietnamese and English pages cannot drift apart in structure.
 */
@Singleton
final class PageTexts {

    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);

    PageTexts() {
        for (Language language : Language.values()) {
            texts.put(language, load("/i18n/passport_" + language.tag() + ".properties"));
        }
    }

    /** All texts of one language, for a template's {@code t} variable. */
    Map<String, String> of(Language language) {
        return texts.get(language);
    }

    /** One text with {@code {0}}, {@code {1}}… replaced by the arguments (no other formatting rules). */
    String format(Language language, String key, String... arguments) {
        String text = texts.get(language).getOrDefault(key, key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i]);
        }
        return text;
    }

    static Map<String, String> load(String resource) {
        try (InputStream in = PageTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing page texts " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            properties.forEach((key, value) -> map.put((String) key, (String) value));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

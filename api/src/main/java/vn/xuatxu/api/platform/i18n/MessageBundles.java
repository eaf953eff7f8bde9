package vn.xuatxu.api.platform.i18n;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the public pages, one bundle per page family in {@code i18n/{bundle}_{vi,en}.properties}
 * (UTF-8), read once and kept. Templates get a bundle as their {@code t} map, so the Vietnamese and English
 * pages are one template and cannot drift apart in structure; a test checks that both files have the same keys.
 */
@Singleton
public final class MessageBundles {

    private final Map<String, Optional<Map<String, String>>> loaded = new ConcurrentHashMap<>();

    /** The bundle's texts in {@code language} ({@code vi} or {@code en}). */
    public Map<String, String> of(String bundle, String language) {
        return find(bundle, language)
                .orElseThrow(() -> new IllegalStateException("Missing message bundle i18n/" + bundle + "_" + language));
    }

    /** The bundle's texts in {@code language}, or empty when there is no such bundle. */
    public Optional<Map<String, String>> find(String bundle, String language) {
        return loaded.computeIfAbsent(bundle + "_" + language, MessageBundles::load);
    }

    /** One text with {@code {0}}, {@code {1}}… replaced by the arguments. */
    public String format(String bundle, String language, String key, Object... arguments) {
        return PageMessages.place(of(bundle, language).getOrDefault(key, key), arguments);
    }

    /** Reads {@code i18n/{name}.properties}; no cache, for the rare caller without this bean. */
    static Optional<Map<String, String>> load(String name) {
        String resource = "/i18n/" + name + ".properties";
        try (InputStream in = MessageBundles.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            properties.forEach((key, value) -> map.put((String) key, (String) value));
            return Optional.of(Map.copyOf(map));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.xuatxu.api.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageBundlesTest {

    private final MessageBundles bundles = new MessageBundles();

    @Test
    void everyBundleIsCompleteInEnglish() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("_vi.properties"))
                    .map(name -> name.substring(0, name.length() - "_vi.properties".length()))
                    .toList();
        }
        assertTrue(names.containsAll(List.of("passport", "kitchen-public", "staff")), names.toString());
        for (String bundle : names) {
            Map<String, String> vi = bundles.of(bundle, "vi");
            Map<String, String> en = bundles.of(bundle, "en");
            assertEquals(vi.keySet(), en.keySet(), bundle + ": same keys in both languages");
            en.forEach((key, value) -> assertFalse(value.isBlank(), bundle + " " + key));
            for (Map<String, String> words : List.of(vi, en)) {
                // Thymeleaf's #{...} goes through Micronaut's MessageFormat-style interpolation, which drops a
                // plain apostrophe and stops replacing {0} after it: write the typographic ’ instead.
                words.forEach((key, value) -> assertFalse(value.contains("'"), bundle + " " + key + ": " + value));
            }
        }
    }

    @Test
    void argumentsArePlaced() {
        assertEquals("Trường A – bữa ăn ngày 24/11/2026",
                bundles.format("kitchen-public", "vi", "page.title", "Trường A", "24/11/2026"));
        assertEquals("Trường A – meals of 24 Nov 2026",
                bundles.format("kitchen-public", "en", "page.title", "Trường A", "24 Nov 2026"));
    }
}

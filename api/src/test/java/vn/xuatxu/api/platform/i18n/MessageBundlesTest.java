package vn.xuatxu.api.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MessageBundlesTest {

    private final MessageBundles bundles = new MessageBundles();

    @Test
    void everyPublicBundleIsCompleteInEnglish() {
        for (String bundle : new String[] {"passport", "kitchen-public"}) {
            Map<String, String> vi = bundles.of(bundle, "vi");
            Map<String, String> en = bundles.of(bundle, "en");
            assertEquals(vi.keySet(), en.keySet(), bundle + ": same keys in both languages");
            en.forEach((key, value) -> assertFalse(value.isBlank(), bundle + " " + key));
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

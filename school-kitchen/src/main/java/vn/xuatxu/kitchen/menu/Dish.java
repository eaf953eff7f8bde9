package vn.xuatxu.kitchen.menu;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A dish of the menu: "Tên món ăn" on Forms 2 and 3, "Tên mẫu thức ăn" on Forms 4 and 5.
 *
 * <p>Why names are compared through {@link #key(String)}: Vietnamese text typed on different
 * devices arrives in different Unicode forms (precomposed "ả" versus "a" plus a combining
 * hook). The forms refer to dishes by name, so the comparison must ignore that difference, case
 * and surrounding spaces, or a sample would not match its dish.
 *
 * @param name the dish name as published
 * @param kind solid, ready-to-eat vegetable or fruit, or liquid
 */
public record Dish(String name, DishKind kind) {

    public Dish {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A dish needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    /** The matching key of a dish name: NFC, trimmed, single-spaced, lower case. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String nfc = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        return nfc.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** True when {@code otherName} names this dish. */
    public boolean isNamed(String otherName) {
        return key(name).equals(key(otherName));
    }
}

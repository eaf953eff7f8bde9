package vn.xuatxu.kitchen.menu;

/**
 * What kind of dish a menu item is, as far as food samples are concerned.
 *
 * <p>Why: Decision 1246/QĐ-BYT sets the sample minimum by kind. Solid dishes (stir-fried,
 * steamed, fried, boiled …) and ready-to-eat vegetables or fruit need at least 100 g; liquid
 * dishes (soup, canh …) need at least 150 ml.
 */
public enum DishKind {
    /** Món đặc: rice, meat, fish, stir-fried vegetables; weighed in grams. */
    SOLID("Món đặc", false),
    /** Rau, quả ăn ngay: raw vegetables and dessert fruit; weighed in grams like solid dishes. */
    READY_TO_EAT_VEGETABLE_OR_FRUIT("Rau, quả ăn ngay", false),
    /** Món lỏng: soup, canh; measured in millilitres. */
    LIQUID("Món lỏng", true);

    private final String label;
    private final boolean liquid;

    DishKind(String label, boolean liquid) {
        this.label = label;
        this.liquid = liquid;
    }

    /** The Vietnamese label. */
    public String label() {
        return label;
    }

    /** True when samples of this kind are measured by volume (ml) rather than mass (g). */
    public boolean liquid() {
        return liquid;
    }
}

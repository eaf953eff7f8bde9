package vn.xuatxu.kitchen.sample;

/**
 * Form 5 column 5, "Khối lượng / thể tích mẫu (gam / ml)": the only two units a sample may be
 * measured in.
 *
 * <p>Why only two: Decision 1246/QĐ-BYT states the minimums as 100 g and 150 ml; accepting
 * "1 bowl" or kilograms would make the minimum uncheckable (reference rule §5.5).
 */
public enum SampleUnit {
    /** Mass in grams: solid dishes, ready-to-eat vegetables and fruit. */
    GRAM("g"),
    /** Volume in millilitres: liquid dishes such as soup. */
    MILLILITRE("ml");

    private final String symbol;

    SampleUnit(String symbol) {
        this.symbol = symbol;
    }

    /** The printed symbol. */
    public String symbol() {
        return symbol;
    }
}

package vn.xuatxu.kitchen;

/**
 * Units for "Khối lượng (kg/lít …)" on Form 1 and ingredient quantities on Form 2.
 *
 * <p>Why closed: quantities are summed and published to parents (delivery records, §4.1 of the
 * reference), which needs known units rather than free text.
 */
public enum QuantityUnit {
    KILOGRAM("kg"),
    GRAM("g"),
    LITRE("lít"),
    MILLILITRE("ml"),
    PIECE("cái"),
    PACKAGE("gói");

    private final String symbol;

    QuantityUnit(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol printed on the forms. */
    public String symbol() {
        return symbol;
    }
}

package vn.xuatxu.kitchen;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of food with its unit (Form 1 "Khối lượng", Form 2 ingredient quantities).
 *
 * <p>Why {@link BigDecimal}: weights are written on invoices with decimals (e.g. 12.5 kg) and are
 * hashed for the ledger; binary floating point would change the canonical text.
 *
 * @param amount a positive amount
 * @param unit   its unit
 */
public record Quantity(BigDecimal amount, QuantityUnit unit) {

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A quantity must be positive: " + amount);
        }
    }

    /** Shorthand, e.g. {@code Quantity.of("12.5", QuantityUnit.KILOGRAM)}. */
    public static Quantity of(String amount, QuantityUnit unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }
}

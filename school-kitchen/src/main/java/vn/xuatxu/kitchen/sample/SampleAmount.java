package vn.xuatxu.kitchen.sample;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The mass or volume of a sample, Form 5 column 5.
 *
 * @param value the amount, as weighed or measured
 * @param unit  grams or millilitres
 */
public record SampleAmount(BigDecimal value, SampleUnit unit) {

    public SampleAmount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** Grams, e.g. {@code SampleAmount.grams("120")}. */
    public static SampleAmount grams(String value) {
        return new SampleAmount(new BigDecimal(value), SampleUnit.GRAM);
    }

    /** Millilitres, e.g. {@code SampleAmount.millilitres("150")}. */
    public static SampleAmount millilitres(String value) {
        return new SampleAmount(new BigDecimal(value), SampleUnit.MILLILITRE);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.symbol();
    }
}

package vn.xuatxu.kitchen.form.content;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of one cell of a filled form: the text as printed and, for numeric columns, the
 * number behind it.
 *
 * <p>Why both: the printed form writes Vietnamese decimals with a comma ("4,5") while a
 * spreadsheet needs the number itself so an inspector can filter temperatures or add up servings.
 *
 * @param text   the printed text, NFC, lines separated by {@code \n}; empty for a blank cell
 * @param number the numeric value, when the cell is a number
 */
public record FormCell(String text, Optional<BigDecimal> number) {

    public FormCell {
        text = FormText.nfc(text);
        Objects.requireNonNull(number, "number");
    }

    /** A text cell. */
    public static FormCell text(String text) {
        return new FormCell(text, Optional.empty());
    }

    /** A blank cell. */
    public static FormCell blank() {
        return text("");
    }

    /** A numeric cell printed the Vietnamese way (decimal comma). */
    public static FormCell number(BigDecimal value) {
        return new FormCell(FormText.decimal(value), Optional.of(value));
    }

    /** A whole-number cell. */
    public static FormCell number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** True when nothing is printed in the cell. */
    public boolean isBlank() {
        return text.isBlank();
    }
}

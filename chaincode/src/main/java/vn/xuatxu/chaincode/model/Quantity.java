package vn.xuatxu.chaincode.model;

import java.util.Objects;

/**
 * A positive decimal amount, kept as the exact digits submitted.
 *
 * <p>It is a string rather than a JSON number so that no party's floating-point parser can turn
 * {@code 0.1} into something else; the grammar is strict (no sign, exponent or leading zeros, at most
 * 15 integer and 6 fraction digits) so that two spellings of the same amount are rare and obvious.
 */
public record Quantity(String value) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        if (!value.matches("(0|[1-9][0-9]{0,14})(\\.[0-9]{1,6})?")) {
            throw new IllegalArgumentException("must be a decimal such as \"12.5\": digits without sign, exponent or leading "
                    + "zeros, at most 15 before and 6 after the '.', got " + Quoted.of(value));
        }
        if (value.chars().allMatch(c -> c == '0' || c == '.')) {
            throw new IllegalArgumentException("must be greater than zero, got " + Quoted.of(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package vn.xuatxu.chaincode.model;

import java.util.Objects;

/**
 * A GS1 Global Trade Item Number in its 14-digit form, with a verified mod-10 check digit.
 *
 * <p>The ledger keys products and lots by GTIN, so it accepts only the one canonical width: the api
 * left-pads GTIN-8/12/13 before submitting. Without this a product could be registered twice, once
 * as {@code 8931234567897} and once as {@code 08931234567897}.
 */
public record Gtin(String value) {

    public Gtin {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9]{14}")) {
            throw new IllegalArgumentException("must be exactly 14 digits (GTIN-14; left-pad GTIN-8/12/13 with zeros), got "
                    + Quoted.of(value));
        }
        int expected = checkDigit(value.substring(0, 13));
        int actual = value.charAt(13) - '0';
        if (expected != actual) {
            throw new IllegalArgumentException("has check digit " + actual + " but the GS1 mod-10 check digit of "
                    + Quoted.of(value) + " is " + expected);
        }
    }

    /**
     * GS1 mod-10: weights 3, 1, 3, 1, ... from the rightmost payload digit leftwards.
     *
     * @param payload the digits without the check digit
     */
    public static int checkDigit(String payload) {
        int sum = 0;
        for (int i = payload.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            char c = payload.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: " + c);
            }
            sum += (c - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}

package vn.xuatxu.chaincode.model;

import java.util.Objects;

/**
 * A batch/lot number as GS1 application identifier 10 allows it: 1 to 20 characters from GS1
 * character set 82.
 *
 * <p>The same string is printed in the label's GS1 Digital Link ({@code /01/{gtin}/10/{lot}}), so a
 * lot the ledger accepts must also be encodable there; that rules out spaces and every non-ASCII
 * character (no Vietnamese diacritics).
 */
public record LotNumber(String value) {
    /** GS1 CSET 82 without letters and digits, which are checked by range. */
    private static final String CSET82_PUNCTUATION = "!\"%&'()*+,-./:;<=>?_";

    public LotNumber {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 20) {
            throw new IllegalArgumentException("must be 1 to 20 characters (GS1 AI 10), got " + value.length()
                    + " characters: " + Quoted.of(value));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isCset82(c)) {
                throw new IllegalArgumentException("contains " + describe(c) + " at position " + (i + 1)
                        + ", which is not in GS1 character set 82 (A-Z a-z 0-9 and " + CSET82_PUNCTUATION + "): "
                        + Quoted.of(value));
            }
        }
    }

    static boolean isCset82(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || CSET82_PUNCTUATION.indexOf(c) >= 0;
    }

    private static String describe(char c) {
        return c == ' ' ? "a space" : String.format("'%c' (U+%04X)", c, (int) c);
    }

    @Override
    public String toString() {
        return value;
    }
}

package vn.xuatxu.label.serial;

import java.util.Locale;

/**
 * A per-item label serial such as {@code 7KQ2MZ9DX4HT5}: {@value #RANDOM_LENGTH} random characters
 * plus one check character, from a {@value #RADIX}-character alphabet without 0/O, 1/I/L.
 *
 * <p>Why this shape: 12 random characters of 31 symbols carry 59 bits (≥ 48 required), enough that
 * guessing a valid serial of a lot is hopeless; uppercase letters and digits are valid GS1 AI 21
 * (CSET 82, ≤ 20 characters) and QR-friendly; the weighted mod-31 check character catches every
 * single mistyped character and every swap of neighbouring characters when a consumer enters the serial by hand.
 *
 * @param value the 13-character serial, uppercase, no separators
 */
public record LabelSerial(String value) {

    /** Digits and uppercase letters without 0, 1, I, L and O, which are read or typed for each other. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** Symbols in {@link #ALPHABET}. */
    public static final int RADIX = 31;
    /** Random characters before the check character. */
    public static final int RANDOM_LENGTH = 12;
    /** Total length including the check character. */
    public static final int LENGTH = RANDOM_LENGTH + 1;
    /**
     * Leading characters that make the label's SMS code, printed as "SMS: XX 7KQ2MZ9D" for buyers who check by
     * text message: 31^8 codes (39.6 bits), short enough to type on a keypad. The API keeps them unique
     * among issued serials.
     */
    public static final int SMS_CODE_LENGTH = 8;

    public LabelSerial {
        if (value == null || value.length() != LENGTH) {
            throw new IllegalArgumentException("a label serial has " + LENGTH + " characters: " + value);
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException(
                        "'" + value.charAt(i) + "' is not a label serial character (no 0, 1, I, L, O): " + value);
            }
        }
        if (checkCharacter(value.substring(0, RANDOM_LENGTH)) != value.charAt(RANDOM_LENGTH)) {
            throw new IllegalArgumentException("check character does not match, mistyped serial: " + value);
        }
    }

    /**
     * Reads a serial as a person may type it: case-insensitive, spaces and hyphens ignored.
     *
     * @throws IllegalArgumentException if it is not a valid serial (wrong length, character or check)
     */
    public static LabelSerial parse(String typed) {
        if (typed == null) {
            throw new IllegalArgumentException("no serial given");
        }
        return new LabelSerial(typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }

    /** For printing next to the QR: groups of four and five, e.g. {@code 7KQ2-MZ9D-X4HT5}. */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    /** The SMS code of this serial: its first {@value #SMS_CODE_LENGTH} characters, e.g. {@code 7KQ2MZ9D}. */
    public String smsCode() {
        return value.substring(0, SMS_CODE_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * Check character: with weights 13, 12, …, 1 over the whole serial (check character last,
     * weight 1) the weighted sum is 0 mod 31. Because 31 is prime and the weights are distinct and
     * non-zero, every single wrong character and every swap of two neighbours changes the sum.
     */
    static char checkCharacter(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            sum += (payload.length() + 1 - i) * ALPHABET.indexOf(payload.charAt(i));
        }
        return ALPHABET.charAt((RADIX - sum % RADIX) % RADIX);
    }
}

package vn.xuatxu.api.passport.gs1;

import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

/**
 * A Global Trade Item Number, always held as 14 digits. GTIN-8, -12 and -13 are padded with leading zeros
 * as GS1 Digital Link requires, so the same product has one URI whichever barcode it came from.
 */
public record Gtin(String value) {

    public Gtin {
        if (value == null || !value.matches("\\d{14}") || checkDigit(value.substring(0, 13)) != value.charAt(13) - '0') {
            throw new IllegalArgumentException("Not a valid GTIN-14: " + value);
        }
    }

    /** Parses 8, 12, 13 or 14 digits with a correct check digit; refuses anything else with a clear message. */
    public static Gtin parse(String text) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("\\d+")) {
            throw new ProblemException.InvalidInput("gtin", PageText.of("product.error.gtinDigits"));
        }
        if (digits.length() != 8 && digits.length() != 12 && digits.length() != 13 && digits.length() != 14) {
            throw new ProblemException.InvalidInput("gtin",
                    PageText.of("product.error.gtinLength", digits.length()));
        }
        String padded = "0".repeat(14 - digits.length()) + digits;
        int expected = checkDigit(padded.substring(0, 13));
        if (expected != padded.charAt(13) - '0') {
            throw new ProblemException.InvalidInput("gtin",
                    PageText.of("product.error.gtinCheckDigit", digits, expected));
        }
        return new Gtin(padded);
    }

    /** The GS1 mod-10 check digit of the digits before it. */
    public static int checkDigit(String withoutCheckDigit) {
        int sum = 0;
        for (int i = 0; i < withoutCheckDigit.length(); i++) {
            int digit = withoutCheckDigit.charAt(withoutCheckDigit.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}

package vn.xuatxu.api.passport.product.domain;

import vn.xuatxu.api.passport.gs1.Gtin;

/**
 * The platform's range of internal GTINs for producers without a GS1 company prefix: GTIN-13 numbers that
 * start with a GS1 restricted-circulation prefix (20–29), so they can never collide with a licensed GTIN,
 * followed by a sequence number and the check digit. They are valid for our QR codes and passports inside
 * the province, not for retail scanning elsewhere (see docs/products-and-gtins.md).
 */
public record InternalGtinRange(String prefix) {

    public InternalGtinRange {
        if (prefix == null || !prefix.matches("2[0-9]{1,8}")) {
            throw new IllegalArgumentException("The internal GTIN prefix must be 2 to 9 digits starting with 2 (GS1 "
                    + "restricted circulation 20-29), got " + prefix);
        }
    }

    /** The 14-digit form's leading digits shared by the whole range. */
    public String gtin14Prefix() {
        return "0" + prefix;
    }

    public int sequenceDigits() {
        return 12 - prefix.length();
    }

    public long capacity() {
        return (long) Math.pow(10, sequenceDigits()) - 1;
    }

    public boolean contains(Gtin gtin) {
        return gtin.value().startsWith(gtin14Prefix());
    }

    /** The GTIN with sequence number {@code n} (1-based). */
    public Gtin number(long n) {
        if (n < 1 || n > capacity()) {
            throw new IllegalStateException("The internal GTIN range " + prefix + " is used up");
        }
        String body = gtin14Prefix() + String.format("%0" + sequenceDigits() + "d", n);
        return new Gtin(body + Gtin.checkDigit(body));
    }

    /** The sequence number of a GTIN in this range. */
    public long sequenceOf(Gtin gtin) {
        return Long.parseLong(gtin.value().substring(gtin14Prefix().length(), 13));
    }
}

package vn.xuatxu.api.passport.sms.application;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * A sender's phone number as the log keeps it: a keyed hash to count checks per sender, and a masked form
 * for the agency. Never the number itself — a log of who checked what is personal data the agency does not
 * need. Vietnamese numbers are normalised first ({@code 0912 345 678}, {@code 84912345678} and
 * {@code +84912345678} are one sender), so a gateway's formatting cannot split a sender's count.
 *
 * @param hash   HMAC-SHA-256 of the normalised number, hex
 * @param masked e.g. {@code +8491****678}
 */
record SenderNumber(String hash, String masked) {

    static SenderNumber of(String from, String key) {
        String number = normalise(from);
        return new SenderNumber(hmac(number, key), mask(number));
    }

    static String normalise(String from) {
        String compact = from == null ? "" : from.replaceAll("[\\s\\-().]", "");
        if (compact.matches("0[1-9]\\d{8,9}")) {
            return "+84" + compact.substring(1);
        }
        if (compact.matches("84[1-9]\\d{8,9}")) {
            return "+" + compact;
        }
        if (compact.startsWith("00") && compact.length() > 4) {
            return "+" + compact.substring(2);
        }
        return compact.length() > 20 ? compact.substring(0, 20) : compact;
    }

    private static String mask(String number) {
        if (number.length() <= 8) {
            return "*".repeat(Math.max(0, number.length() - 2)) + number.substring(Math.max(0, number.length() - 2));
        }
        return number.substring(0, 5) + "*".repeat(number.length() - 8) + number.substring(number.length() - 3);
    }

    private static String hmac(String number, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("xuatxu-sms-sender:" + key).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(number.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}

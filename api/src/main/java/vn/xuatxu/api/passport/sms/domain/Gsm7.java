package vn.xuatxu.api.passport.sms.domain;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.Optional;

/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet, in which one SMS holds 160 characters. A reply with a
 * single character outside it (any Vietnamese letter with a tone mark but à, è, é, ì, ò, ù) is sent as UCS-2,
 * where one SMS holds only 70 characters and many cheap phones and gateways mangle it. So replies are
 * written in Vietnamese and {@linkplain #fold folded} to plain letters when they do not fit as they are.
 *
 * <p>Characters of the extension table ({@code ^ { } \ [ ~ ] | €}) cost two septets (escape + code).
 */
public final class Gsm7 {

    /** Septets in one single-part SMS. */
    public static final int SINGLE_SMS_SEPTETS = 160;

    private static final char ESCAPE = 0x1B;
    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Extension table: character, then its code after the escape. */
    private static final String EXTENSION = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    private Gsm7() {
    }

    /** The septets of {@code text}, one per byte (as SMPP sends GSM-7 with data_coding 0), if it is all GSM-7. */
    public static Optional<byte[]> encode(String text) {
        ByteArrayOutputStream septets = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
            if (basic >= 0) {
                septets.write(basic);
                continue;
            }
            int extension = EXTENSION.indexOf(c);
            if (extension < 0) {
                return Optional.empty();
            }
            septets.write(ESCAPE);
            septets.write(EXTENSION_CODES[extension]);
        }
        return Optional.of(septets.toByteArray());
    }

    /** How many septets {@code text} takes, or empty if some character is not GSM-7. */
    public static Optional<Integer> septets(String text) {
        return encode(text).map(bytes -> bytes.length);
    }

    /** Whether {@code text} goes as one 160-character GSM-7 SMS. */
    public static boolean fitsOneSms(String text) {
        return septets(text).filter(n -> n <= SINGLE_SMS_SEPTETS).isPresent();
    }

    /**
     * {@code text} in GSM-7, readable: tone and vowel marks dropped from every letter (so a reply never mixes
     * "Cà" with "phe"), Đ/đ as D/d, typographic punctuation as its plain form, anything else left as "?".
     * Text that is GSM-7 as it is comes back unchanged.
     */
    public static String fold(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return encode(nfc).isPresent() ? nfc : plain(nfc);
    }

    /** {@code text} with every mark dropped and every character GSM-7, as {@link #fold} does when it must. */
    public static String plain(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String stripped = Normalizer.normalize(nfc.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder folded = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            String plain = switch (c) {
                case '\u2018', '\u2019', '\u02BC' -> "'";
                case '\u201C', '\u201D' -> "\"";
                case '\u2013', '\u2014' -> "-";
                case '\u2026' -> "...";
                case '\u00A0', '\t' -> " ";
                case '\u2605' -> "*";
                case '\u20AB' -> "d";
                default -> null;
            };
            if (plain != null) {
                folded.append(plain);
            } else if (c != ESCAPE && (BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0)) {
                folded.append(c);
            } else {
                folded.append('?');
            }
        }
        return folded.toString();
    }
}

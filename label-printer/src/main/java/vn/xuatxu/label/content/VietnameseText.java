package vn.xuatxu.label.content;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Boundary normalisation of free text typed by people: NFC, single spaces, no control characters. */
final class VietnameseText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private VietnameseText() {
    }

    /** NFC-normalised, trimmed, internal whitespace runs collapsed to one space; may be empty. */
    static String normalise(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        String collapsed = WHITESPACE.matcher(nfc).replaceAll(" ").strip();
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(
                        "control character U+%04X in \"%s\"".formatted((int) c, collapsed));
            }
        }
        return collapsed;
    }

    static String required(String raw, String what, int maxLength) {
        if (raw == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        String text = normalise(raw);
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return text;
    }
}

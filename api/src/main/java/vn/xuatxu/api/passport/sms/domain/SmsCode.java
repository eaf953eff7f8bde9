package vn.xuatxu.api.passport.sms.domain;

import vn.xuatxu.label.serial.LabelSerial;

/**
 * The code a buyer texts to check one label: the first {@value #LENGTH} characters of the label's serial,
 * printed next to the QR as "SMS: XX 7KQ2MZ9D".
 *
 * <p>Why 8 characters of the serial alphabet: 31^8 ≈ 8.5 × 10^11 codes (39.6 bits). Eight characters are
 * typed on a keypad in well under a minute, and the alphabet has no 0/O, 1/I/L to confuse. Guessing is
 * hopeless at SMS speed: with ten million labels issued, one random code in 85,000 is genuine, and the
 * per-sender rate limit allows a few dozen tries an hour; a lucky hit also names its product, which will
 * not be the counterfeiter's. Deriving the code from the serial (rather than drawing a second random value)
 * needs no new secret and no second lookup table; the database keeps it unique, and a batch redraws any
 * serial whose first 8 characters are taken. A copied label carries the same code as the original, which is
 * what the per-label check count is for.
 *
 * @param value 8 characters of {@link LabelSerial#ALPHABET}
 */
public record SmsCode(String value) {

    /** Characters in a code. */
    public static final int LENGTH = LabelSerial.SMS_CODE_LENGTH;

    public SmsCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> LabelSerial.ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("An SMS code is " + LENGTH + " characters of " + LabelSerial.ALPHABET + ": " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

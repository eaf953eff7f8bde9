package vn.xuatxu.label.serial;

import java.security.SecureRandom;
import java.util.Objects;

/** Draws each character uniformly ({@code nextInt(31)} has no modulo bias) and appends the check character. */
final class SecureRandomSerialGenerator implements LabelSerialGenerator {

    private final SecureRandom random;

    SecureRandomSerialGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public LabelSerial next() {
        char[] chars = new char[LabelSerial.RANDOM_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = LabelSerial.ALPHABET.charAt(random.nextInt(LabelSerial.RADIX));
        }
        String payload = new String(chars);
        return new LabelSerial(payload + LabelSerial.checkCharacter(payload));
    }
}

package vn.xuatxu.label.serial;

import java.security.SecureRandom;

/**
 * Produces new random {@link LabelSerial}s.
 *
 * <p>Random rather than sequential because a sequential serial tells a counterfeiter every other
 * valid serial. Uniqueness is probabilistic (about 59 random bits: a collision is expected only
 * after roughly 800 million serials in one lot); the database's unique constraint remains the
 * final guard. Implementations are thread-safe.
 */
public interface LabelSerialGenerator {

    /** A new serial. */
    LabelSerial next();

    /** A generator backed by a new {@link SecureRandom} (the platform's default strong source). */
    static LabelSerialGenerator secure() {
        return new SecureRandomSerialGenerator(new SecureRandom());
    }

    /** A generator backed by the given {@link SecureRandom}, e.g. a seeded one in tests. */
    static LabelSerialGenerator using(SecureRandom random) {
        return new SecureRandomSerialGenerator(random);
    }
}

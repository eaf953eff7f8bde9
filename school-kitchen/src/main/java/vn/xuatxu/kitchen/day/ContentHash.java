package vn.xuatxu.kitchen.day;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 digest of a canonical text, as 64 lower-case hex digits.
 *
 * <p>Why: the hash is what goes on the ledger; anyone holding the day's record can recompute it
 * from {@link KitchenDay#canonicalText()} and see that nothing changed since it was anchored.
 *
 * @param hex 64 lower-case hex digits
 */
public record ContentHash(String hex) {

    public ContentHash {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest: " + hex);
        }
    }

    /** The SHA-256 of the UTF-8 bytes of {@code canonicalText}. */
    public static ContentHash sha256(String canonicalText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return new ContentHash(HexFormat.of().formatHex(digest.digest(canonicalText.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}

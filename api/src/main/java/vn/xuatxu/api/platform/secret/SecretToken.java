package vn.xuatxu.api.platform.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A secret a machine presents instead of a password: a print agent, a fridge thermometer, a webhook signer.
 * Only its SHA-256 is stored: a token is 256 random bits, so a plain hash (not a slow password hash) is
 * enough, and the lookup stays one indexed read per request. The prefix tells a reader what the token is for
 * (and lets secret scanners find a leaked one); it is never printed by {@link #toString()}.
 */
public record SecretToken(String value) {

    public SecretToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty secret token");
        }
    }

    /** A new token: the prefix, then 32 random bytes in URL-safe Base64. */
    public static SecretToken random(SecureRandom random, String prefix) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new SecretToken(prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The stored form: lowercase hex SHA-256 of the token's UTF-8 bytes. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    @Override
    public String toString() {
        return "SecretToken[redacted]";
    }
}

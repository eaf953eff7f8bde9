package vn.xuatxu.api.printing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret a print agent presents. Only its SHA-256 is stored: a token is 256 random bits, so a plain hash
 * (not a slow password hash) is enough, and the lookup stays one indexed read per request.
 */
public record AgentToken(String value) {

    private static final String PREFIX = "xxpa_";

    public AgentToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty agent token");
        }
    }

    public static AgentToken random(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new AgentToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    @Override
    public String toString() {
        return "AgentToken[redacted]";
    }
}

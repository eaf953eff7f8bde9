package vn.xuatxu.api.passport.report.application;

import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The report form's hidden token: the moment the form was served, signed, so the server can tell how long
 * the sender spent on the form without keeping any state. A person needs seconds to type a report; a bot
 * posting the moment it fetched the page (or posting a token it made up) is refused. The key is made at
 * start and kept in memory only: after a restart an open form is refused once with "reload the page",
 * which costs a reader little and spares a stored secret.
 */
@Singleton
public final class ReportFormTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final Clock clock;
    private final byte[] key = new byte[32];

    ReportFormTokens(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** A token for a form served now. */
    public String issue() {
        String issued = Long.toString(clock.instant().toEpochMilli());
        return issued + "." + sign(issued);
    }

    /** How long ago the form with this token was served; empty for a token we did not sign. */
    Optional<Duration> age(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String issued = token.substring(0, dot);
        byte[] expected = sign(issued).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.between(Instant.ofEpochMilli(Long.parseLong(issued)), clock.instant()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(("problem-report|" + issued).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this Java runtime", e);
        }
    }
}

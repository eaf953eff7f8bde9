package vn.xuatxu.api.passport.sms.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Locale;

/**
 * The SMS check's configuration ({@code xuatxu.sms.*}, see docs/sms.md). The webhook stays closed until a
 * gateway token is set, so a fresh install never answers SMS traffic it did not ask for.
 */
@Singleton
public final class SmsSettings {

    private final String keyword;
    private final String gatewayToken;
    private final String senderKey;
    private final int maxChecksPerSender;
    private final Duration window;
    private final int manyChecks;

    SmsSettings(@Value("${xuatxu.sms.keyword:XX}") String keyword,
                @Value("${xuatxu.sms.gateway-token:}") String gatewayToken,
                @Value("${xuatxu.sms.sender-key:}") String senderKey,
                @Value("${xuatxu.sms.max-checks-per-sender:20}") int maxChecksPerSender,
                @Value("${xuatxu.sms.window:1h}") Duration window,
                @Value("${xuatxu.sms.many-checks:5}") int manyChecks) {
        if (!keyword.matches("[A-Za-z0-9]{1,10}")) {
            throw new IllegalStateException("xuatxu.sms.keyword must be 1–10 letters or digits, was: " + keyword);
        }
        this.keyword = keyword.toUpperCase(Locale.ROOT);
        this.gatewayToken = gatewayToken.strip();
        this.senderKey = senderKey.isBlank() ? this.gatewayToken : senderKey.strip();
        this.maxChecksPerSender = maxChecksPerSender;
        this.window = window;
        this.manyChecks = manyChecks;
    }

    /**
     * The word that starts a check message, e.g. "XX". Label batches read the same property to print it
     * (they do not depend on this feature); a message without it is understood too.
     */
    public String keyword() {
        return keyword;
    }

    /** The shared secret a gateway must present; empty means the webhook is closed. */
    public String gatewayToken() {
        return gatewayToken;
    }

    /** Key of the HMAC that turns a sender's number into the value the log and the rate limit keep. */
    String senderKey() {
        return senderKey;
    }

    /** Checks one sender may send within {@link #window()} before replies only say "try later". */
    public int maxChecksPerSender() {
        return maxChecksPerSender;
    }

    public Duration window() {
        return window;
    }

    /** Earlier checks of a label from which a check warns that the label may be copied. */
    int manyChecks() {
        return manyChecks;
    }
}

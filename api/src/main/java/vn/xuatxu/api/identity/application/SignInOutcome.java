package vn.xuatxu.api.identity.application;

import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.platform.i18n.PageText;

import java.time.Duration;

/**
 * How a sign-in attempt ended. Throttled is its own answer (HTTP 429 with a wait time) so a blocked person
 * is told to wait instead of being told, misleadingly, that their password is wrong.
 */
public sealed interface SignInOutcome {

    /** The password matched an active account. */
    record SignedIn(AccountStore.Account account) implements SignInOutcome {
    }

    /** Unknown name or wrong password, deliberately not told apart. */
    record Refused() implements SignInOutcome {
    }

    /**
     * The right password for an account its administrator locked. Said plainly, since only someone who knows
     * the password learns it, and they need to know whom to ask.
     */
    record Deactivated() implements SignInOutcome {

        public static final PageText TEXT = PageText.of("login.error.deactivated");
    }

    /** Too many failures lately; the attempt was not even checked. */
    record Throttled(Duration retryAfter) implements SignInOutcome {

        /** "Hãy thử lại sau N phút", rounded up, never zero. */
        public PageText text() {
            return PageText.of("login.error.throttled", Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        }

        /** The Vietnamese {@link #text()}. */
        public String message() {
            return text().vietnamese();
        }

        public long retryAfterSeconds() {
            return Math.max(1, retryAfter.toSeconds());
        }
    }
}

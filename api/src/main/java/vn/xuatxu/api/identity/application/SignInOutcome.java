package vn.xuatxu.api.identity.application;

import vn.xuatxu.api.identity.persistence.AccountStore;

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

        public static final String MESSAGE = "Tài khoản này đã bị khóa. Hãy liên hệ người quản trị của cơ sở "
                + "(hoặc Sở) để mở lại.";
    }

    /** Too many failures lately; the attempt was not even checked. */
    record Throttled(Duration retryAfter) implements SignInOutcome {

        /** "Hãy thử lại sau N phút", rounded up, never zero. */
        public String message() {
            long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
            return "Đăng nhập sai quá nhiều lần. Vì an toàn, hãy thử lại sau " + minutes + " phút.";
        }

        public long retryAfterSeconds() {
            return Math.max(1, retryAfter.toSeconds());
        }
    }
}

package vn.xuatxu.api.identity.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T01:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, 5, Duration.ofMinutes(15));

    @Test
    void anAccountIsBlockedAfterTooManyFailuresUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.blocked("Lan", "10.0.0.1").isEmpty());
            throttle.failed("lan", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(Duration.ofMinutes(12), throttle.blocked("LAN", "10.0.0.9").orElseThrow(),
                "the account is blocked whatever the address and however the name is written");
        assertTrue(throttle.blocked("binh", "10.0.0.9").isEmpty(), "other accounts are not");
        clock.advance(Duration.ofMinutes(12));
        assertTrue(throttle.blocked("lan", "10.0.0.9").isEmpty(), "the oldest failure left the window");
    }

    @Test
    void anAddressIsBlockedAfterFailuresAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "192.168.1.7");
        }
        assertTrue(throttle.blocked("someone-else", "192.168.1.7").isPresent());
        assertTrue(throttle.blocked("someone-else", "192.168.1.8").isEmpty());
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        throttle.failed("lan", "10.0.0.1");
        throttle.failed("lan", "10.0.0.1");
        throttle.succeeded("lan");
        throttle.failed("lan", "10.0.0.1");
        throttle.failed("lan", "10.0.0.1");
        assertTrue(throttle.blocked("lan", "10.0.0.2").isEmpty(), "two failures since the success");
        throttle.failed("x", "10.0.0.1");
        assertTrue(throttle.blocked("y", "10.0.0.1").isPresent(), "five failures from the address in all");
    }

    @Test
    void theMessageSaysHowLongToWaitInVietnamese() {
        assertEquals("Đăng nhập sai quá nhiều lần. Vì an toàn, hãy thử lại sau 2 phút.",
                new SignInOutcome.Throttled(Duration.ofSeconds(61)).message());
    }
}

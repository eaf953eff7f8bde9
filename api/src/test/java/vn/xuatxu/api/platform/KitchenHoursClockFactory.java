package vn.xuatxu.api.platform;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The application's clock for tests that log a kitchen day: it runs at the real pace but starts at 10:30 in
 * Vietnam on today's Vietnamese date, so a test can record deliveries "an hour ago" and meals "ten minutes ago"
 * of the same day at any real hour (a test at 00:20 would otherwise have only twenty minutes of today).
 * Tests read the time through this clock too ({@code app.context().getBean(Clock.class)}).
 */
@Factory
@Requires(property = KitchenHoursClockFactory.PROPERTY, value = "true")
final class KitchenHoursClockFactory {

    /** Set to "true" to start the application at mid-morning of today in Vietnam. */
    public static final String PROPERTY = "xuatxu.test.kitchen-hours-clock";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalTime MID_MORNING = LocalTime.of(10, 30);

    @Singleton
    @Replaces(bean = Clock.class, factory = ClockFactory.class)
    Clock clock() {
        Clock real = Clock.systemUTC();
        LocalDateTime now = LocalDateTime.now(real.withZone(VIETNAM));
        return Clock.offset(real, Duration.between(now, now.toLocalDate().atTime(MID_MORNING)));
    }
}

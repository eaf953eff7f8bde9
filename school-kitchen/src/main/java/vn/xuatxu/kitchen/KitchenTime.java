package vn.xuatxu.kitchen;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The kitchen's wall-clock time.
 *
 * <p>Why: the forms of Decision 1246 record "giờ, ngày, tháng, năm" as local time with no zone,
 * and Viet Nam has no daylight saving, so a {@link LocalDateTime} in Asia/Ho_Chi_Minh is exact
 * and comparisons such as "24 hours after sampling" are plain arithmetic. "Now" always comes from
 * an injected {@link Clock} (server time), never from the client, so records cannot be
 * back-dated by the device that enters them.
 */
public final class KitchenTime {

    /** The zone every form time is expressed in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private KitchenTime() {
    }

    /**
     * Returns the current kitchen time from the given clock, truncated to whole seconds so the
     * canonical form of a record does not depend on the clock's sub-second precision.
     */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZONE).truncatedTo(ChronoUnit.SECONDS);
    }
}

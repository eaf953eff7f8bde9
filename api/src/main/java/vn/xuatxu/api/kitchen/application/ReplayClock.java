package vn.xuatxu.api.kitchen.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import vn.xuatxu.kitchen.KitchenTime;

/**
 * A clock set by hand, local to one reconstruction. The domain's sample register and day history read
 * "now" from a clock; replaying stored entries at the instants they were made reproduces exactly the
 * sample ids, register rows, destruction times and version hashes they produced the first time.
 */
final class ReplayClock extends Clock {

    private Instant instant;

    ReplayClock(Instant start) {
        this.instant = start;
    }

    void set(Instant at) {
        this.instant = at;
    }

    @Override
    public ZoneId getZone() {
        return KitchenTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}

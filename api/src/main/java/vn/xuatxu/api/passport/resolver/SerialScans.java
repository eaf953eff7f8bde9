package vn.xuatxu.api.passport.resolver;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.xuatxu.api.platform.origin.RequestOrigins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts scans of issued labels and decides when a label looks copied. A scan is counted once per address
 * and serial within {@code xuatxu.scans.repeat-window}: a buyer reloading the page, or a bot hammering one
 * serial from one machine, adds one check, not hundreds. The addresses live in a bounded memory only, never
 * in the database. A label looks copied when it was checked more than {@code xuatxu.scans.max-checks} times
 * (QR and SMS together: one printed unit is checked a handful of times in its life) or when it was scanned
 * from another province or country soon after the previous scan ({@code place-jump-window},
 * {@code place-jumps}).
 */
@Singleton
final class SerialScans {

    /** A scan's outcome: the label's history with this scan, and whether it looks copied. */
    record Reading(Optional<LabelSerials.ScanHistory> history, boolean suspicious) {
    }

    private final LabelSerials serials;
    private final Clock clock;
    private final Duration repeatWindow;
    private final int maxChecks;
    private final Duration jumpWindow;
    private final int maxJumps;
    private final Map<String, Instant> recent;

    SerialScans(LabelSerials serials, Clock clock,
                @Value("${xuatxu.scans.repeat-window:10m}") Duration repeatWindow,
                @Value("${xuatxu.scans.max-checks:20}") int maxChecks,
                @Value("${xuatxu.scans.place-jump-window:2h}") Duration jumpWindow,
                @Value("${xuatxu.scans.place-jumps:1}") int maxJumps,
                @Value("${xuatxu.scans.tracked-addresses:100000}") int tracked) {
        this.serials = serials;
        this.clock = clock;
        this.repeatWindow = repeatWindow;
        this.maxChecks = maxChecks;
        this.jumpWindow = jumpWindow;
        this.maxJumps = maxJumps;
        this.recent = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > tracked;
            }
        };
    }

    Reading scan(LabelSerial serial, RequestOrigins.RequestOrigin origin) {
        Optional<LabelSerials.ScanHistory> history = firstInWindow(origin.address() + "|" + serial.value())
                ? serials.countScan(serial, origin.place(), jumpWindow) : serials.scans(serial);
        return new Reading(history, history.map(h -> h.checks() > maxChecks || h.placeJumps() >= maxJumps).orElse(false));
    }

    private synchronized boolean firstInWindow(String key) {
        Instant now = clock.instant();
        Instant last = recent.get(key);
        if (last != null && last.plus(repeatWindow).isAfter(now)) {
            return false;
        }
        recent.put(key, now);
        return true;
    }
}

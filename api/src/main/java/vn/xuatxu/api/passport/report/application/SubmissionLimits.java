package vn.xuatxu.api.passport.report.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code limit} accepted submissions per key within a sliding {@code window}, in a bounded memory
 * (the least recently used keys go first). In memory on purpose, like the sign-in throttle: addresses are
 * never written anywhere, and a restart forgetting the counts costs a spammer a restart of our server.
 */
final class SubmissionLimits {

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent;

    SubmissionLimits(Clock clock, int limit, Duration window, int tracked) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.recent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > tracked;
            }
        };
    }

    synchronized boolean full(String key) {
        Deque<Instant> times = recent.get(key);
        if (times == null) {
            return false;
        }
        Instant now = clock.instant();
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
        return times.size() >= limit;
    }

    synchronized void accepted(String key) {
        recent.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(clock.instant());
    }
}

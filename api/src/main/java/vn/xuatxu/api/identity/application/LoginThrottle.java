package vn.xuatxu.api.identity.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: after too many failed sign-ins for one account, or from one network
 * address, within a sliding window, further attempts are refused until the oldest failure leaves the
 * window. Kept in memory on purpose: a restart forgets it, which costs an attacker a restart of our server,
 * and the hashing cost of Argon2id stays the main defence. A correct password does not bypass a block, or
 * the block would tell the guesser when they are right.
 */
@Singleton
public final class LoginThrottle {

    private static final int MAX_TRACKED = 10_000;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    LoginThrottle(Clock clock,
                  @Value("${xuatxu.sign-in.max-failures-per-account:5}") int maxPerAccount,
                  @Value("${xuatxu.sign-in.max-failures-per-address:30}") int maxPerAddress,
                  @Value("${xuatxu.sign-in.window:15m}") Duration window) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** How long the caller must wait before trying again, if they must. */
    public synchronized Optional<Duration> blocked(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = wait(accountKey(username), maxPerAccount, now);
        Optional<Duration> origin = wait(addressKey(address), maxPerAddress, now);
        if (account.isPresent() && origin.isPresent()) {
            return Optional.of(account.get().compareTo(origin.get()) >= 0 ? account.get() : origin.get());
        }
        return account.or(() -> origin);
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            // Many names guessed at once: forget failures that left the window, so memory stays bounded.
            failures.values().removeIf(recent -> recent.isEmpty() || !recent.peekLast().plus(window).isAfter(now));
        }
        failures.computeIfAbsent(accountKey(username), k -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent(addressKey(address), k -> new ArrayDeque<>()).addLast(now);
    }

    /** A successful sign-in clears the account's failures (not the address's: one right guess proves little). */
    public synchronized void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
            recent.removeFirst();
        }
        if (recent.isEmpty()) {
            failures.remove(key);
            return Optional.empty();
        }
        if (recent.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}

package org.goodpractice.sparql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed admin logins per client address: after {@value #MAX_FAILURES} failures within
 * {@link #WINDOW}, that address is refused until the window has passed, whether its next guess
 * is right or not, so a password cannot be guessed at network speed.
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    // Past this many addresses, those whose window has passed are forgotten.
    private static final int TRACKED = 10_000;

    private record Failures(int count, Instant since) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code client} must wait before it may try again; zero when it may try now. */
    Duration wait(String client) {
        Failures f = failures.get(client);
        if (f == null || f.count() < MAX_FAILURES) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.since().plus(WINDOW));
        if (left.isNegative() || left.isZero()) {
            failures.remove(client, f);
            return Duration.ZERO;
        }
        return left;
    }

    void failed(String client) {
        Instant now = clock.instant();
        if (failures.size() > TRACKED) {
            failures.values().removeIf(f -> f.since().plus(WINDOW).isBefore(now));
        }
        failures.merge(client, new Failures(1, now), (old, one) -> old.since().plus(WINDOW).isBefore(now)
                ? one : new Failures(old.count() + 1, old.since()));
    }

    void succeeded(String client) {
        failures.remove(client);
    }
}

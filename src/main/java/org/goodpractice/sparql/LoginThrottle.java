package org.goodpractice.sparql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts failed logins per key (a client address, an account name): after
 * {@value #MAX_FAILURES} failures within {@link #WINDOW}, that key is refused until the window
 * has passed, whether its next guess is right or not, so a password cannot be guessed at network
 * speed. At most {@value #TRACKED} keys are remembered, so a flood of made-up names cannot fill
 * the heap.
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int TRACKED = 100_000;

    private record Failures(int count, Instant since) {
    }

    // An entry is rewritten at each failure, so it outlives its window's start by at least WINDOW.
    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW).maximumSize(TRACKED).build();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code key} must wait before it may try again; zero when it may try now. */
    public Duration wait(String key) {
        Failures f = failures.getIfPresent(key);
        if (f == null || f.count() < MAX_FAILURES) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.since().plus(WINDOW));
        if (left.isNegative() || left.isZero()) {
            failures.asMap().remove(key, f);
            return Duration.ZERO;
        }
        return left;
    }

    public void failed(String key) {
        Instant now = clock.instant();
        failures.asMap().merge(key, new Failures(1, now), (old, one) -> old.since().plus(WINDOW).isBefore(now)
                ? one : new Failures(old.count() + 1, old.since()));
    }

    public void succeeded(String key) {
        failures.invalidate(key);
    }
}

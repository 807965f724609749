package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Server-side sessions behind random cookie ids, each with its own CSRF token. A visitor who
 * has not signed in gets a short-lived anonymous session (for the login form's token); signing
 * in always starts a new session under a new id, so an id planted before login is worth
 * nothing after it, and {@link #invalidate} forgets a session at once. Both kinds are bounded in
 * number, so a flood of anonymous visits can push out only other anonymous ones.
 *
 * <pre>
 * Sessions sessions = new Sessions(Duration.ofHours(8));
 * Session s = sessions.signIn("maria");
 * sessions.find(s.id()).map(Session::account);   // "maria"
 * sessions.invalidate(s.id());
 * </pre>
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_SIGNED_IN = 20_000;
    private static final int MAX_ANONYMOUS = 20_000;
    private static final Duration ANONYMOUS_LIFE = Duration.ofHours(1);

    /** One session: {@code account} is null until sign-in. */
    public record Session(String id, String account, String csrf) {
        public boolean signedIn() {
            return account != null;
        }

        /** True when {@code token} is this session's CSRF token (compared in constant time). */
        public boolean csrfMatches(String token) {
            return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    csrf.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Session[" + (account != null ? account : "anonymous") + "]";
        }
    }

    private final Cache<String, Session> signedIn;
    private final Cache<String, Session> anonymous;

    /** Sessions that end after {@code idle} without a request. */
    public Sessions(Duration idle) {
        this(idle, Ticker.systemTicker());
    }

    /** Sessions timed by {@code ticker}, for tests that let time pass. */
    Sessions(Duration idle, Ticker ticker) {
        requireNonNull(idle, "idle");
        signedIn = Caffeine.newBuilder().ticker(ticker).expireAfterAccess(idle).maximumSize(MAX_SIGNED_IN).build();
        anonymous = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(ANONYMOUS_LIFE).maximumSize(MAX_ANONYMOUS).build();
    }

    /** A new session for a visitor who has not signed in. */
    public Session anonymous() {
        Session session = new Session(token(), null, token());
        anonymous.put(session.id(), session);
        return session;
    }

    /** A new session, under a new id, for {@code account}. */
    public Session signIn(String account) {
        requireNonNull(account, "account");
        Session session = new Session(token(), account, token());
        signedIn.put(session.id(), session);
        return session;
    }

    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = signedIn.getIfPresent(id);
        return Optional.ofNullable(session != null ? session : anonymous.getIfPresent(id));
    }

    public void invalidate(String id) {
        requireNonNull(id, "id");
        signedIn.invalidate(id);
        anonymous.invalidate(id);
    }

    /** 256 random bits, URL-safe. */
    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

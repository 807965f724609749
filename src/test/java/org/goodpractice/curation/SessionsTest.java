package org.goodpractice.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.goodpractice.curation.Sessions.Session;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private final Sessions sessions = new Sessions(Duration.ofHours(1));

    @Test
    void signingInMakesANewSessionWithItsOwnIdAndToken() {
        Session anonymous = sessions.anonymous();
        Session signed = sessions.signIn("maria");
        assertFalse(anonymous.signedIn());
        assertNotEquals(anonymous.id(), signed.id());
        assertNotEquals(anonymous.csrf(), signed.csrf());
        assertTrue(signed.id().length() >= 43, "256 random bits");
        assertEquals("maria", sessions.find(signed.id()).orElseThrow().account());
    }

    @Test
    void anInvalidatedSessionIsGone() {
        Session signed = sessions.signIn("maria");
        sessions.invalidate(signed.id());
        assertTrue(sessions.find(signed.id()).isEmpty());
        assertTrue(sessions.find(null).isEmpty());
    }

    @Test
    void aSessionEndsAfterItsIdleTimeButEachRequestKeepsItAlive() {
        AtomicLong nanos = new AtomicLong();
        Sessions timed = new Sessions(Duration.ofHours(8), nanos::get);
        Session signed = timed.signIn("maria");
        Session anonymous = timed.anonymous();
        nanos.addAndGet(Duration.ofHours(7).toNanos());
        assertTrue(timed.find(signed.id()).isPresent());
        assertTrue(timed.find(anonymous.id()).isEmpty(), "an unused login form's session lasts an hour");
        nanos.addAndGet(Duration.ofHours(7).toNanos());
        assertTrue(timed.find(signed.id()).isPresent(), "seen 7 hours ago: still within 8");
        nanos.addAndGet(Duration.ofHours(8).plusSeconds(1).toNanos());
        assertTrue(timed.find(signed.id()).isEmpty());
    }

    @Test
    void csrfTokenMustMatchExactly() {
        Session session = sessions.signIn("maria");
        assertTrue(session.csrfMatches(session.csrf()));
        assertFalse(session.csrfMatches(null));
        assertFalse(session.csrfMatches(""));
        assertFalse(session.csrfMatches(session.csrf() + "x"));
        assertFalse(session.toString().contains(session.csrf()));
    }
}

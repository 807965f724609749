package org.goodpractice.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

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
    void csrfTokenMustMatchExactly() {
        Session session = sessions.signIn("maria");
        assertTrue(session.csrfMatches(session.csrf()));
        assertFalse(session.csrfMatches(null));
        assertFalse(session.csrfMatches(""));
        assertFalse(session.csrfMatches(session.csrf() + "x"));
        assertFalse(session.toString().contains(session.csrf()));
    }
}

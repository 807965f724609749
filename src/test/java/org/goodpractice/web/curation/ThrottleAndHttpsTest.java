package org.goodpractice.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.goodpractice.TestServer;
import org.goodpractice.curation.TdbAccountStore;
import org.goodpractice.sparql.LoginThrottle;
import org.junit.jupiter.api.Test;

/** Each on a server of its own: the throttle remembers this machine's address, and https is a setting of the server. */
class ThrottleAndHttpsTest {
    @Test
    void afterRepeatedFailuresEvenTheRightPasswordGets429() throws Exception {
        try (TdbAccountStore accounts = SignInTest.withAccounts();
                TestServer site = TestServer.start(builder -> builder.accounts(accounts).preparePages(false))) {
            Client guesser = new Client(site);
            guesser.get("login");
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertEquals(401, guesser.post("login", guesser.form("name", "maria", "password", "guess number " + i)).statusCode());
            }
            HttpResponse<String> refused = guesser.post("login", guesser.form("name", "maria", "password", SignInTest.ADMIN_PASSWORD));
            assertEquals(429, refused.statusCode());
            assertTrue(refused.body().contains("Too many failed sign-ins") && refused.body().contains("Try again in 15 minutes."),
                    refused.body());
            assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) > 800);
            assertTrue(Client.setCookie(refused).isEmpty(), "no session for a throttled try");
        }
    }

    @Test
    void theCookieIsSecureWhenTheSiteIsServedOverHttps() throws Exception {
        try (TdbAccountStore accounts = SignInTest.withAccounts();
                TestServer site = TestServer.start(builder -> builder.accounts(accounts).preparePages(false)
                        .webAddress("https://practices.example.org/"))) {
            String cookie = Client.setCookie(new Client(site).get("login")).orElseThrow();
            assertTrue(cookie.contains("; Secure") && cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Lax"), cookie);
        }
    }
}

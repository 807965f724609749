package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.goodpractice.curation.Account;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.Sessions;
import org.goodpractice.web.curation.Visitor;
import org.junit.jupiter.api.Test;

/** The sign-in pages and the signed-in header pass the Nu HTML Checker. */
class CurationPagesValidityTest {
    private static final HtmlChecker CHECKER = new HtmlChecker();

    @Test
    void loginFormWithAnErrorIsValid() throws Exception {
        Pages pages = new Pages();
        Sessions.Session session = new Sessions(Duration.ofMinutes(1)).anonymous();
        pages.visitor(() -> new Visitor(session, null), () -> false);
        Map<String, Object> model = new HashMap<>(Map.of("title", "Sign in", "csrf", session.csrf(), "next", "/",
                "name", "maria", "error", "Wrong account name or password."));
        String html = pages.render("login", model);
        assertTrue(html.contains("<a href=\"/login\">Sign in</a>"), html);
        assertValid("login", html);
    }

    @Test
    void accountsPageWithTheSignedInHeaderIsValid() throws Exception {
        Pages pages = new Pages();
        Sessions.Session session = new Sessions(Duration.ofMinutes(1)).signIn("maria");
        pages.visitor(() -> new Visitor(session, new Account("maria", Role.ADMIN, "$2a$12$hash")), () -> true);
        String html = pages.render("users", Map.of("title", "Accounts", "count", 1,
                "accounts", List.of(Map.of("name", "maria", "role", "admin")), "name", "jan", "error", "Not added: no.",
                "roles", List.of(Map.of("value", "contributor", "selected", true), Map.of("value", "admin", "selected", false))));
        assertTrue(html.contains("value=\"" + session.csrf() + "\""), "the logout form carries the token");
        assertValid("users", html);
    }

    private static void assertValid(String what, String html) throws Exception {
        List<String> errors = CHECKER.errors(html);
        assertTrue(errors.isEmpty(), () -> what + " is not valid HTML:\n" + String.join("\n", errors));
    }
}

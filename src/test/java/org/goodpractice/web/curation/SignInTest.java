package org.goodpractice.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.goodpractice.TestServer;
import org.goodpractice.curation.Accounts;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.TdbAccountStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in and out over HTTP, and what guards every curation form. The tests share one server and
 * one client address: together they fail fewer sign-ins than the throttle allows.
 */
class SignInTest {
    static final String ADMIN_PASSWORD = "admin-password-long";
    static final String CONTRIBUTOR_PASSWORD = "contributor-password";

    private static TdbAccountStore accounts;
    private static TestServer site;

    @BeforeAll
    static void start() {
        accounts = withAccounts();
        site = TestServer.start(builder -> builder.accounts(accounts));
    }

    static TdbAccountStore withAccounts() {
        TdbAccountStore store = TdbAccountStore.inMemory();
        new Accounts(store).add("maria", Role.ADMIN, ADMIN_PASSWORD, false);
        new Accounts(store).add("jan", Role.CONTRIBUTOR, CONTRIBUTOR_PASSWORD, false);
        return store;
    }

    @AfterAll
    static void stop() {
        site.close();
        accounts.close();
    }

    @Test
    void signingInGivesANewSessionIdAndThePlantedOneStaysAnonymous() throws Exception {
        Client browser = new Client(site);
        HttpResponse<String> form = browser.get("login");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<label for=\"login-name\">") && form.body().contains("<label for=\"login-password\">"));
        String planted = browser.cookie;
        assertNotNull(planted, "the login form has an anonymous session for its token");

        HttpResponse<String> in = browser.post("login", browser.form("name", "maria", "password", ADMIN_PASSWORD, "next", "/search"));
        assertEquals(303, in.statusCode(), in.body());
        assertEquals("/search", in.headers().firstValue("Location").orElseThrow());
        assertNotEquals(planted, browser.cookie, "session fixation: the id changes at login");

        HttpResponse<String> home = browser.get("");
        assertTrue(home.body().contains("Signed in as <strong>maria</strong> (admin)"), home.body());
        assertEquals("private, no-store", home.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(home.headers().firstValue("ETag").isEmpty(), "no validator for a page naming its visitor");

        Client attacker = new Client(site);
        attacker.cookie = planted;
        HttpResponse<String> theirs = attacker.get("");
        assertFalse(theirs.body().contains("Signed in as"), "the planted id gives the attacker nothing");
    }

    @Test
    void theCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverHttp() throws Exception {
        HttpResponse<String> form = new Client(site).get("login");
        String cookie = Client.setCookie(form).orElseThrow();
        assertTrue(cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Lax") && cookie.contains("; Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
        assertEquals("private, no-store", form.headers().firstValue("Cache-Control").orElseThrow(), "the form's token is its visitor's");
    }

    @Test
    void anonymousPagesStayCacheableButVaryByCookie() throws Exception {
        HttpResponse<String> home = new Client(site).get("");
        assertTrue(home.headers().firstValue("ETag").isPresent());
        assertTrue(home.headers().firstValue("Cache-Control").orElseThrow().startsWith("public"));
        assertTrue(home.headers().allValues("Vary").toString().contains("Cookie"), home.headers().map().toString());
        assertTrue(home.body().contains("<a href=\"/login\">Sign in</a>"));
    }

    @Test
    void aWrongPasswordIs401WithTheNameKeptEscapedAndNoSession() throws Exception {
        Client browser = new Client(site);
        browser.get("login");
        String anonymous = browser.cookie;
        HttpResponse<String> wrong = browser.post("login", browser.form("name", "\"><script>x</script>", "password", "nope"));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Wrong account name or password."), wrong.body());
        assertTrue(wrong.body().contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""), wrong.body());
        assertFalse(wrong.body().contains("<script>x"), wrong.body());
        assertEquals(anonymous, browser.cookie);
        assertFalse(browser.get("").body().contains("Signed in as"));
    }

    @Test
    void loggingOutEndsTheSessionOnTheServer() throws Exception {
        Client browser = new Client(site);
        browser.login("maria", ADMIN_PASSWORD);
        String old = browser.cookie;
        assertEquals(200, browser.get("users").statusCode());

        HttpResponse<String> out = browser.post("logout", browser.form());
        assertEquals(303, out.statusCode());
        assertTrue(Client.setCookie(out).orElseThrow().contains("Max-Age=0"));

        Client replay = new Client(site);
        replay.cookie = old;
        HttpResponse<String> users = replay.get("users");
        assertEquals(303, users.statusCode(), "the old cookie no longer signs anyone in");
        assertEquals("/login?next=%2Fusers", users.headers().firstValue("Location").orElseThrow());
        assertFalse(replay.get("").body().contains("Signed in as"));
    }

    @Test
    void aMissingOrWrongCsrfTokenIs403AndChangesNothing() throws Exception {
        Client browser = new Client(site);
        browser.login("maria", ADMIN_PASSWORD);
        Client other = new Client(site);
        other.get("login");

        for (Map<String, String> form : java.util.List.of(Map.<String, String>of(), Map.of("csrf", "forged"),
                Map.of("csrf", other.csrf))) {
            HttpResponse<String> refused = browser.post("logout", form);
            assertEquals(403, refused.statusCode(), form.toString());
            assertTrue(refused.body().contains("nothing was saved"), refused.body());
            assertTrue(Client.setCookie(refused).isEmpty());
        }
        assertTrue(browser.get("").body().contains("Signed in as <strong>maria</strong>"), "the session survived");

        Client noToken = new Client(site);
        noToken.get("login");
        HttpResponse<String> login = noToken.post("login", Map.of("name", "maria", "password", ADMIN_PASSWORD));
        assertEquals(403, login.statusCode(), "the login form needs its token too");
        Client noSession = new Client(site);
        assertEquals(403, noSession.post("login", Map.of("csrf", "x", "name", "maria", "password", ADMIN_PASSWORD)).statusCode());
    }

    @Test
    void theAccountsPageIsForAdminsOnly() throws Exception {
        Client admin = new Client(site);
        admin.login("maria", ADMIN_PASSWORD);
        HttpResponse<String> page = admin.get("users");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<td>jan</td><td>contributor</td>") && page.body().contains("<td>maria</td><td>admin</td>"),
                page.body());
        assertFalse(page.body().contains("$2a$"), "no hash on the page");

        Client contributor = new Client(site);
        assertEquals(303, contributor.login("jan", CONTRIBUTOR_PASSWORD).statusCode());
        HttpResponse<String> refused = contributor.get("users");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("for the admin role; you are signed in as jan (contributor)"), refused.body());

        assertEquals(303, new Client(site).get("users").statusCode(), "anonymous: to the login form");
    }

    @Test
    void anAdminAddsAnAccountWhichCanThenSignIn() throws Exception {
        Client admin = new Client(site);
        admin.login("maria", ADMIN_PASSWORD);
        HttpResponse<String> added = admin.post("users", admin.form("name", "rev.one", "role", "reviewer", "password", "reviewer-password"));
        assertEquals(303, added.statusCode(), added.body());
        assertTrue(admin.get("users?added=rev.one").body().contains("Added the account rev.one."));
        assertEquals(Role.REVIEWER, new Accounts(accounts).authenticate("rev.one", "reviewer-password").orElseThrow().role());

        HttpResponse<String> again = admin.post("users", admin.form("name", "rev.one", "role", "admin", "password", "reviewer-password"));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("Not added: an account named &#x27;rev.one&#x27; exists already."), again.body());
        HttpResponse<String> weak = admin.post("users", admin.form("name", "weak", "role", "contributor", "password", "short"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body().contains("at least 12 characters") && weak.body().contains("value=\"weak\""), weak.body());
        assertTrue(new Accounts(accounts).find("weak").isEmpty());
    }

    @Test
    void noAccountIsAddedWithoutTheTokenOrByAContributor() throws Exception {
        Client admin = new Client(site);
        admin.login("maria", ADMIN_PASSWORD);
        Map<String, String> form = new java.util.HashMap<>(admin.form("name", "forged", "role", "admin", "password", "forged-password"));
        form.put("csrf", "wrong");
        assertEquals(403, admin.post("users", form).statusCode());
        form.remove("csrf");
        assertEquals(403, admin.post("users", form).statusCode());

        Client contributor = new Client(site);
        contributor.login("jan", CONTRIBUTOR_PASSWORD);
        HttpResponse<String> refused = contributor.post("users",
                contributor.form("name", "forged", "role", "admin", "password", "forged-password"));
        assertEquals(403, refused.statusCode());
        assertEquals(403, new Client(site).post("users", Map.of("name", "forged")).statusCode(), "anonymous");
        assertTrue(new Accounts(accounts).find("forged").isEmpty(), "nothing written");
    }

    @Test
    void signInsAreLoggedWithoutPasswordsOrSessionIds() throws Exception {
        StringWriter log = new StringWriter();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        WriterAppender capture = WriterAppender.createAppender(PatternLayout.createDefaultLayout(), null, log, "capture", false, true);
        capture.start();
        context.getConfiguration().getRootLogger().addAppender(capture, Level.ALL, null);
        context.getConfiguration().getLoggerConfig("org.goodpractice").addAppender(capture, Level.ALL, null);
        context.updateLoggers();
        try {
            Client browser = new Client(site);
            browser.login("maria", "a wrong password guess");
            browser.post("login", browser.form("name", "maria", "password", ADMIN_PASSWORD));
            browser.get("users");
            browser.post("logout", Map.of("csrf", "forged"));
            assertNotNull(browser.cookie);
            browser.login("bad\nname", "x");
            assertTrue(log.toString().contains("Failed sign-in for maria from ") && log.toString().contains("Signed in: maria (admin)")
                    && log.toString().contains("Failed sign-in for a name no account can have"), log.toString());
            assertFalse(log.toString().contains(ADMIN_PASSWORD) || log.toString().contains("a wrong password guess")
                    || log.toString().contains(browser.cookie) || log.toString().contains(browser.csrf), log.toString());
        } finally {
            context.getConfiguration().getRootLogger().removeAppender("capture");
            context.getConfiguration().getLoggerConfig("org.goodpractice").removeAppender("capture");
            context.updateLoggers();
            capture.stop();
        }
    }

    @Test
    void aLoginCannotRedirectOffTheSite() throws Exception {
        Client browser = new Client(site);
        browser.get("login?next=//evil.example/");
        HttpResponse<String> in = browser.post("login", browser.form("name", "jan", "password", CONTRIBUTOR_PASSWORD,
                "next", "//evil.example/"));
        assertEquals("/", in.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void accountDataNeverReachesTheSparqlEndpointDumpsOrSearch() throws Exception {
        for (String term : java.util.List.of("maria", "$2a$", "urn:goodpractice:curation")) {
            String ask = "ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } FILTER(CONTAINS(STR(?s), \"" + term
                    + "\") || CONTAINS(STR(?o), \"" + term + "\")) }";
            HttpResponse<String> answer = TestServer.HTTP.send(HttpRequest.newBuilder(
                    URI.create(site.url("sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8))))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"boolean\" : false"), term + ": " + answer.body());
        }
        HttpResponse<byte[]> dump = site.get("dumps/goodpractice.nq.gz", "*/*");
        assertEquals(200, dump.statusCode());
        String quads = new String(new GZIPInputStream(new ByteArrayInputStream(dump.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(quads.length() > 1000, "the dump has the records");
        assertFalse(quads.contains("maria") || quads.contains("$2a$") || quads.contains("curation:account"));
        String search = new String(site.get("search?q=maria", "text/html").body(), StandardCharsets.UTF_8);
        assertFalse(search.contains("maria</"), "no account in search results");
    }
}

package org.goodpractice.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.goodpractice.TestServer;
import org.goodpractice.curation.Accounts;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.TdbAccountStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Submitting a practice over HTTP and taking it through review to publication, and every refusal on
 * the way: a bad field, a missing CSRF token, a contributor approving or opening another's submission.
 */
class SubmissionTest {
    private static final String PASSWORD = "a-long-enough-password";
    private static final String TITLE = "Zorblat rainwater tanks for schools in Ljubljana";
    private static final Pattern CREATED = Pattern.compile("/submission/([0-9a-f]{16})");

    private static TdbAccountStore accounts;
    private static TestServer site;

    @BeforeAll
    static void start() {
        accounts = TdbAccountStore.inMemory();
        new Accounts(accounts).add("jan", Role.CONTRIBUTOR, PASSWORD, false);
        new Accounts(accounts).add("ana", Role.CONTRIBUTOR, PASSWORD, false);
        new Accounts(accounts).add("rita", Role.REVIEWER, PASSWORD, false);
        site = TestServer.start(builder -> builder.accounts(accounts));
    }

    @AfterAll
    static void stop() {
        site.close();
        accounts.close();
    }

    private static String[] practice(String end) {
        return new String[] {"title", TITLE, "description", "Schools collect rainwater for their toilets.",
            "evidence", "Twelve schools saved 4,000 cubic metres of water in 2023.", "ownerOrganisation", "City of Ljubljana",
            "ownerCountry", "Slovenia", "country", "Slovenia", "city", "Ljubljana", "start", "2021-03", "end", end,
            "topics", "Greener Europe", "expert", "Forged opinion <b>"};
    }

    private static Client signedIn(String name) throws Exception {
        Client client = new Client(site);
        assertEquals(303, client.login(name, PASSWORD).statusCode());
        return client;
    }

    @Test
    void aPracticeGoesFromSubmissionThroughChangesToPublication() throws Exception {
        Client jan = signedIn("jan");
        HttpResponse<String> form = jan.get("submit");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<label for=\"f-end\">End date</label>") && form.body().contains("name=\"csrf\""));
        assertTrue(form.body().contains("value=\"Greener Europe\""), "topics come from the Interreg Europe schemes");
        assertTrue(form.body().contains("list=\"country-names\"") && form.body().contains("<option value=\"Slovenia\">"),
                "countries suggested from the gazetteer");

        int before = accounts.submissions().list().size();
        HttpResponse<String> bad = jan.post("submit", jan.form(practice("2020-01")));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("<span class=\"field-error\" id=\"f-end-error\" role=\"alert\">the practice cannot end (2020-01) "
                + "before it starts (2021-03)</span>"), bad.body());
        assertTrue(bad.body().contains("value=\"" + TITLE + "\"") && bad.body().contains("value=\"2020-01\""), "what was typed is kept");
        assertEquals(before, accounts.submissions().list().size(), "nothing stored");

        HttpResponse<String> saved = jan.post("submit", jan.form(practice("ongoing")));
        assertEquals(303, saved.statusCode(), saved.body());
        Matcher m = CREATED.matcher(saved.headers().firstValue("Location").orElseThrow());
        assertTrue(m.find());
        String id = m.group(1);
        String page = jan.get("submission/" + id).body();
        assertTrue(page.contains("draft") && page.contains(TITLE));
        assertFalse(page.contains("Forged opinion"), "only reviewers write the expert opinion");
        assertTrue(page.contains("<input type=\"hidden\" name=\"csrf\" value=\"" + jan.csrf + "\">\n  <input type=\"hidden\" name=\"step\""),
                "each step's form carries the session's token, as a browser sends it");
        assertTrue(jan.get("dashboard").body().contains("href=\"/submission/" + id + "\">" + TITLE + "</a>"));
        assertPublic(false);

        assertEquals(303, jan.post("submission/" + id + "/step", jan.form("step", "submit")).statusCode());
        assertEquals(409, jan.post("submission/" + id + "/step", jan.form("step", "submit")).statusCode(), "submitted twice");
        assertEquals(403, jan.post("submission/" + id + "/step", jan.form("step", "approve")).statusCode());
        Client ana = signedIn("ana");
        assertEquals(404, ana.get("submission/" + id).statusCode());
        assertEquals(404, ana.post("submission/" + id + "/step", ana.form("step", "submit")).statusCode());
        assertFalse(ana.get("dashboard").body().contains(TITLE));
        assertEquals(403, ana.get("review").statusCode());

        Client rita = signedIn("rita");
        assertTrue(rita.get("review").body().contains(TITLE));
        assertEquals(400, rita.post("submission/" + id + "/step", rita.form("step", "request-changes", "comment", " ")).statusCode());
        assertEquals(303, rita.post("submission/" + id + "/step",
                rita.form("step", "request-changes", "comment", "Say how many <schools> took part.")).statusCode());
        page = jan.get("submission/" + id).body();
        assertTrue(page.contains("changes requested") && page.contains("Say how many &lt;schools&gt; took part."), "escaped comment");

        String[] edited = practice("ongoing");
        edited[5] = "Twelve schools took part; they saved 4,000 cubic metres of water in 2023.";
        assertEquals(303, jan.post("submission/" + id + "/edit", jan.form(edited)).statusCode());
        assertEquals(303, jan.post("submission/" + id + "/step", jan.form("step", "submit")).statusCode());
        assertTrue(rita.get("submission/" + id).body().contains("resubmitted"));
        assertPublic(false);

        assertEquals(303, rita.post("submission/" + id + "/step", rita.form("step", "approve")).statusCode());
        Matcher link = Pattern.compile("Published as <a href=\"(/practice/[^\"]+)\"").matcher(rita.get("submission/" + id).body());
        assertTrue(link.find());
        HttpResponse<byte[]> published = site.get(link.group(1).substring(1), "text/html");
        assertEquals(200, published.statusCode());
        assertTrue(new String(published.body(), StandardCharsets.UTF_8).contains("Twelve schools took part"), "the edited text");
        assertTrue(search().contains(TITLE), "in search");
        assertPublic(true);
        assertEquals(409, rita.post("submission/" + id + "/step", rita.form("step", "decline", "comment", "late")).statusCode());
        HttpResponse<String> closed = jan.get("submission/" + id + "/edit");
        assertEquals(409, closed.statusCode());
        assertTrue(closed.body().contains("This submission is published and cannot be edited now"), closed.body());
    }

    @Test
    void whatWasTypedIsShownEscaped() throws Exception {
        Client jan = signedIn("jan");
        jan.get("submit");
        String[] hostile = practice("2020-01");
        hostile[1] = "Tanks \"><script>alert(1)</script>";
        HttpResponse<String> refused = jan.post("submit", jan.form(hostile));
        assertEquals(400, refused.statusCode());
        assertFalse(refused.body().contains("<script>alert"), refused.body());
        assertTrue(refused.body().contains("value=\"Tanks &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), refused.body());
    }

    @Test
    void aFormWithoutItsTokenWritesNothing() throws Exception {
        Client jan = signedIn("jan");
        jan.get("submit");
        int before = accounts.submissions().list().size();
        Map<String, String> form = jan.form(practice("ongoing"));
        form.remove("csrf");
        assertEquals(403, jan.post("submit", form).statusCode());
        assertEquals(before, accounts.submissions().list().size());
    }

    @Test
    void anonymousVisitorsCannotSubmitOrReview() throws Exception {
        Client anonymous = new Client(site);
        assertEquals(303, anonymous.get("submit").statusCode(), "to the login form");
        assertEquals(303, anonymous.get("review").statusCode());
        anonymous.get("login");
        assertEquals(401, anonymous.post("submit", anonymous.form(practice("ongoing"))).statusCode());
    }

    /** Whether the practice's title is in /sparql and the dump, and in search with its page; before approval it is in none. */
    private static void assertPublic(boolean published) throws Exception {
        String ask = "ASK { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?o), \"Zorblat\")) }";
        HttpResponse<String> answer = TestServer.HTTP.send(HttpRequest.newBuilder(
                URI.create(site.url("sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8))))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.body().contains("\"boolean\" : " + published), answer.body());
        assertEquals(published, search().contains(TITLE));
        HttpResponse<byte[]> dump = site.get("dumps/goodpractice.nq.gz", "*/*");
        assertEquals(200, dump.statusCode());
        assertEquals(published, new String(new GZIPInputStream(new ByteArrayInputStream(dump.body())).readAllBytes(),
                StandardCharsets.UTF_8).contains("Zorblat"), "in the dump");
        assertEquals(published ? 200 : 404,
                site.get("practice/zorblat-rainwater-tanks-for-schools-in-ljubljana", "text/html").statusCode());
    }

    private static String search() throws Exception {
        String body = "";
        for (int i = 0; i < 50 && !body.contains(TITLE); i++) {
            body = new String(site.get("search?q=zorblat", "text/html").body(), StandardCharsets.UTF_8);
            if (!body.contains(TITLE)) {
                Thread.sleep(100);
            }
        }
        return body;
    }
}

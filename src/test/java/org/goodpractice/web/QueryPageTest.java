package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.goodpractice.TestServer;
import org.goodpractice.sparql.ExampleQueries;
import org.goodpractice.sparql.ExampleQueries.Example;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query page as served, before any script runs: the editor's text and the example list come from the server. */
class QueryPageTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static TestServer site;

    @BeforeAll
    static void start() {
        site = TestServer.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void opensOnTheFirstExampleAndListsThemAll() throws Exception {
        HttpResponse<String> page = get("query");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<textarea id=\"query\" name=\"query\" rows=\"18\" spellcheck=\"false\"># Practices per programme priority\n"),
                page.body());
        assertTrue(page.body().contains("PREFIX gp:   &lt;https://w3id.org/goodpractice/ns#&gt;"));
        for (Example example : ExampleQueries.load().all()) {
            assertTrue(page.body().contains("<a href=\"/query?example=" + example.name() + "\""), example.name());
        }
        assertTrue(page.body().contains("<a href=\"/query?example=practices-per-priority\" aria-current=\"page\">"));
        assertTrue(page.body().contains("<code>" + site.url("sparql") + "</code>"), "names the endpoint");
    }

    @Test
    void anExampleChosenByNameIsInTheEditor() throws Exception {
        HttpResponse<String> page = get("query?example=one-practice-as-rdf");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("CONSTRUCT { ?practice ?property ?value }"));
        assertTrue(page.body().contains("<a href=\"/query?example=one-practice-as-rdf\" aria-current=\"page\">"));
    }

    @Test
    void anUnknownExampleIsNotFound() throws Exception {
        assertEquals(404, get("query?example=no-such-example").statusCode());
    }

    @Test
    void aQueryOfOnesOwnIsShownAsTextOnly() throws Exception {
        String hostile = "SELECT * { ?s ?p ?o } # </textarea><script>window.__pwned = 1</script>";
        HttpResponse<String> page = get("query?query=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("# &lt;/textarea&gt;&lt;script&gt;window.__pwned &#x3D; 1&lt;/script&gt;</textarea>"),
                page.body());
        assertFalse(page.body().contains("<script>window.__pwned"));
        assertFalse(page.body().contains("aria-current"), "no example is current");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(site.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}

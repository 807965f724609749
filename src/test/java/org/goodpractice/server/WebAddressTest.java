package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node served at a web address other than the dataset base (issue 13: import with the
 * defaults, serve on another port): pages link and redirect to the node's own URLs, and the
 * RDF keeps the dataset's IRIs.
 */
class WebAddressTest {
    private static final String DATASET = "http://data.example.org/";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");
    private static final HttpClient FOLLOWING = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private static TdbStore store;
    private static GoodPracticeServer server;
    private static String web;

    @BeforeAll
    static void start() {
        ServerSocketChannel channel = TestServer.bind();
        web = "http://localhost:" + channel.socket().getLocalPort() + "/";
        store = TestData.storeWithSampleData(DATASET);
        server = GoodPracticeServer.create().store(store).baseUri(DATASET).webAddress(web).listenOn(channel).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void pagesLinkToTheNodeAndEveryLinkAnswers() throws Exception {
        String page = get("practice/0557C2", "text/html").body();
        assertTrue(page.contains(">" + DATASET + "id/practice/0557C2<"), "the page names the dataset IRI");
        Set<String> links = new LinkedHashSet<>();
        Matcher href = HREF.matcher(page);
        while (href.find()) {
            links.add(unescape(href.group(1)));
        }
        assertTrue(links.contains(web + "id/practice/0557C2"), links.toString());
        for (String link : links) {
            assertFalse(link.startsWith(DATASET), "a link to the dataset's host: " + link);
            if (link.startsWith("/") && !link.startsWith("//") || link.startsWith(web)) {
                String url = link.startsWith("/") ? web + link.substring(1) : link;
                HttpResponse<String> response = FOLLOWING.send(HttpRequest.newBuilder(URI.create(url.replaceAll("#.*", "")))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), url);
            }
        }
    }

    @Test
    void anIriOfTheDatasetRedirectsToThePageOnTheNode() throws Exception {
        HttpResponse<String> response = get("id/practice/0557C2", "text/html");
        assertEquals(303, response.statusCode());
        assertEquals(web + "practice/0557C2", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void rdfKeepsTheDatasetIris() throws Exception {
        String turtle = get("data/practice/0557C2.ttl", "text/turtle").body();
        assertTrue(turtle.contains(DATASET + "id/practice/0557C2"), turtle);
        assertFalse(turtle.contains(web + "id/"), turtle);
        String json = get("api/practices/0557C2", "application/json").body();
        assertTrue(json.contains("\"iri\": \"" + DATASET + "id/practice/0557C2\""), json);
        assertTrue(json.contains("\"page\": \"" + web + "practice/0557C2\""), json);
    }

    private static String unescape(String attribute) {
        return Pattern.compile("&#x([0-9A-Fa-f]+);").matcher(attribute)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16))).replace("&amp;", "&");
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return TestServer.HTTP.send(HttpRequest.newBuilder(URI.create(web + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

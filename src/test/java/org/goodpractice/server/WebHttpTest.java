package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.VOID;
import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP behaviour of pages and linked-data documents that clients nobody here wrote rely on. */
class WebHttpTest {
    private static final String GRAPH = "graph/practice/0557C2";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(b -> b.turtleDownloadLimit(5), TestData.resource("web/formula-annex.txt"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void recordGraphIrisDereferenceToAPageAndToDocumentsWithTheirFragmentNodes() throws Exception {
        HttpResponse<byte[]> toPage = server.get(GRAPH, "text/html");
        assertEquals(303, toPage.statusCode());
        assertEquals(server.base() + "page/" + GRAPH, toPage.headers().firstValue("Location").orElseThrow());
        String page = text(server.get("page/" + GRAPH, "text/html"));
        assertTrue(page.contains("id=\"import\"") && page.contains("id=\"sha256\""), page);

        HttpResponse<byte[]> toData = server.get(GRAPH, "text/turtle");
        assertEquals(303, toData.statusCode());
        String location = toData.headers().firstValue("Location").orElseThrow();
        assertEquals(server.base() + "data/" + GRAPH + ".ttl", location);
        Model model = parse(server.get(location, "text/turtle").body(), Lang.TURTLE);
        for (String node : List.of("", "#import", "#source", "#sha256")) {
            assertTrue(model.contains(model.createResource(server.base() + GRAPH + node), null), node);
        }
        assertEquals(404, server.get("graph/practice/NOPE99", "text/turtle").statusCode());
    }

    @Test
    void theUriSpaceCoversGraphsAsWellAsResources() throws Exception {
        Model dataset = parse(server.get("dataset.ttl", "*/*").body(), Lang.TURTLE);
        String space = dataset.listObjectsOfProperty(VOID.uriSpace).next().asLiteral().getString();
        assertTrue((server.base() + "id/practice/0557C2").startsWith(space), space);
        assertTrue((server.base() + GRAPH + "#import").startsWith(space), space);
    }

    @Test
    void redirectsAreReadableCrossOriginAndSayWhereTheDescriptionsAre() throws Exception {
        HttpResponse<byte[]> redirect = server.get("id/practice/0557C2", "text/turtle");
        assertEquals(303, redirect.statusCode());
        assertEquals("*", redirect.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String link = redirect.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("<" + server.base() + "data/practice/0557C2.nt>; rel=\"describedby\"; type=\"application/n-triples\""), link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"practice/0557C2", "data/practice/0557C2.ttl", "search?q=water", "page/concept/interreg-ivc/priority/1", "dataset"})
    void pagesAndDocumentsHaveValidatorsAndAnswerConditionalRequestsWith304(String path) throws Exception {
        HttpResponse<byte[]> first = server.get(path, "text/html");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        HttpResponse<byte[]> again = server.send(request(path).header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(304, server.send(request(path).header("If-Modified-Since", modified).build()).statusCode());
        assertEquals(200, server.send(request(path).header("If-None-Match", "W/\"other\"").build()).statusCode());
    }

    @Test
    void pagesLinkTheirDocumentsAndDocumentsTheirPageInTheLinkHeader() throws Exception {
        String pageLink = server.get("practice/0557C2", "text/html").headers().firstValue("Link").orElse("");
        assertTrue(pageLink.contains("<" + server.base() + "data/practice/0557C2.ttl>; rel=\"alternate\"; type=\"text/turtle\""), pageLink);
        String documentLink = server.get("data/practice/0557C2.ttl", "*/*").headers().firstValue("Link").orElse("");
        assertTrue(documentLink.contains("<" + server.base() + "practice/0557C2>; rel=\"alternate\"; type=\"text/html\""), documentLink);
        assertTrue(documentLink.contains("data/practice/0557C2.jsonld>; rel=\"alternate\""), documentLink);
    }

    @Test
    void htmlDeclaresUtf8AndHeadAnswersWhatGetDoesWithoutABody() throws Exception {
        HttpResponse<byte[]> get = server.get("practice/0557C2", "text/html");
        assertTrue(get.headers().firstValue("Content-Type").orElse("").matches("text/html; ?charset=utf-8"));
        HttpResponse<byte[]> head = server.send(request("practice/0557C2").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("Content-Type").orElse("").matches("text/html; ?charset=utf-8"));
        assertEquals(0, head.body().length);
        head.headers().firstValue("Content-Length").ifPresent(length -> assertEquals(Integer.toString(get.body().length), length));
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
    }

    @Test
    void plainTextClientsGetNTriplesAndJsonClientsJsonLd() throws Exception {
        for (String path : List.of("id/practice/0557C2", GRAPH)) {
            HttpResponse<byte[]> text = server.get(path, "text/plain");
            assertEquals(303, text.statusCode(), path);
            assertTrue(text.headers().firstValue("Location").orElse("").endsWith(".nt"), path);
        }
        HttpResponse<byte[]> json = server.get("id/practice/0557C2", "application/json");
        assertEquals(303, json.statusCode());
        assertEquals(server.base() + "data/practice/0557C2.jsonld", json.headers().firstValue("Location").orElse(""));
    }

    @Test
    void theFaviconIsServedAndEveryPageLinksIt() throws Exception {
        HttpResponse<byte[]> icon = server.get("favicon.ico", "*/*");
        assertEquals(200, icon.statusCode());
        assertEquals(List.of(0, 0, 1, 0), List.of((int) icon.body()[0], (int) icon.body()[1], (int) icon.body()[2], (int) icon.body()[3]),
                "an ICO header");
        assertEquals(200, server.get("favicon.svg", "*/*").statusCode());
        assertTrue(text(server.get("", "text/html")).contains("<link rel=\"icon\" href=\"/favicon.ico\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "search?q=water", "practice/0557C2", "concept/priority/1", "country/GBR", "page/person/hugo-russell",
            "ontology", "dataset", "query", "nowhere", "page/" + GRAPH})
    void everyPageTypeHasAMetaDescription(String path) throws Exception {
        Matcher meta = Pattern.compile("<meta name=\"description\" content=\"([^\"]{20,})\">").matcher(text(server.get(path, "text/html")));
        assertTrue(meta.find(), path);
    }

    @Test
    void thePracticeDescribesItselfInItsOwnWords() throws Exception {
        assertTrue(text(server.get("practice/0557C2", "text/html")).contains("<meta name=\"description\" content=\"Birmingham Science Park Aston (BSPA) was founded in 1982"));
    }

    @Test
    void aMalformedAcceptHeaderIsRefusedWithoutAStackTrace() throws Exception {
        for (String accept : List.of(";;;", ";", ",;,")) {
            HttpResponse<byte[]> refused = server.get("id/practice/0557C2", accept);
            assertEquals(406, refused.statusCode(), accept);
            assertFalse(text(refused).contains("Exception"), accept);
        }
    }

    @Test
    void theQueryPageNamesTheConfiguredEndpointWhateverTheHostHeaderSays() throws Exception {
        // Java's HTTP client will not send a Host header of its own choosing: a raw request does.
        URI base = URI.create(server.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /query HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertTrue(response.contains("<code>" + server.base() + "sparql</code>"), response);
            assertFalse(response.contains("evil.example"), response);
        }
    }

    @Test
    void theQueryFormWithoutJavaScriptAnswersWithAnHtmlTable() throws Exception {
        String query = "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?title WHERE { <" + server.base()
                + "id/practice/0557C2> dcterms:title ?title }";
        HttpResponse<byte[]> answer = server.send(HttpRequest.newBuilder(URI.create(server.url("query")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = text(answer);
        assertTrue(html.contains("<th scope=\"col\">title</th>"), html);
        assertTrue(html.contains("<td>Birmingham Science Park Aston @en</td>"), html);
        assertTrue(html.contains("action=\"/query\""));
        String bad = text(server.send(HttpRequest.newBuilder(URI.create(server.url("query")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=SELECT+%7B")).build()));
        assertTrue(bad.contains("not valid SPARQL"), bad);
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreWrittenAsText() throws Exception {
        String csv = text(server.get("search.csv?q=HYPERLINK", "text/csv"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Click me\"\")\""), csv);
        assertFalse(Pattern.compile("(^|,)=HYPERLINK", Pattern.MULTILINE).matcher(csv).find(), csv);
    }

    @Test
    void aTurtleDownloadOfTooManyRecordsIsRefusedWithTheWayOut() throws Exception {
        HttpResponse<byte[]> all = server.get("search.ttl", "text/turtle");
        assertEquals(400, all.statusCode());
        assertTrue(text(all).contains("at most 5 records") && text(all).contains("/dumps/goodpractice.ttl.gz"), text(all));
        assertEquals(200, server.get("search.ttl?q=aston", "text/turtle").statusCode());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", "text/html");
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static Model parse(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(server.base()).parse(model);
        return model;
    }
}

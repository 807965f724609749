package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.goodpractice.Version;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole server on a random port: pages and SPARQL endpoint over HTTP. */
class ServerTest {
    private static final String START_DATE_AND_PRIORITY = """
            PREFIX gp: <https://w3id.org/goodpractice/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?start ?priority WHERE {
              ?practice schema:startDate ?start ; gp:priority/skos:prefLabel ?priority .
              FILTER (STRENDS(STR(?practice), "/id/practice/0557C2"))
            }""";
    private static final String SCRIPT_TITLE = "<script>alert(1)</script> & <img src=x onerror=alert(2)>";

    @TempDir
    static Path dir;

    private static TdbStore store;
    private static GoodPracticeServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        ServerSocketChannel channel = TestServer.bind();
        int port = channel.socket().getLocalPort();
        base = "http://localhost:" + port + "/";
        store = TestData.storeWithSampleData(base);
        Path hostile = Files.writeString(dir.resolve("hostile.txt"), Files.readString(
                TestData.resource("ingest/bad/valid.txt")).replace("Valid title", SCRIPT_TITLE)
                .replace("Index: 0001A1", "Index: XSS1").replace("Text.", "<b onmouseover=alert(3)>bold</b>"));
        ImportOutcome outcome = new Importer(store, base).importFile(hostile);
        if (!(outcome instanceof ImportOutcome.Imported)) {
            throw new IllegalStateException("Hostile fixture did not import: " + outcome);
        }
        server = GoodPracticeServer.create().store(store).baseUri(base).listenOn(channel).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void practicePageShowsEveryFieldOfTheRecord() throws Exception {
        HttpResponse<String> page = get("practice/0557C2", "text/html");
        assertEquals(200, page.statusCode());
        for (String expected : List.of("Birmingham Science Park Aston", "Innovation and the knowledge economy",
                "Innovation, research and technology development", "UNITED KINGDOM", "WEST MIDLANDS", "Birmingham",
                "1982-01-01", "local economic development", "create new business ventures",
                "premier Science Parks in the UK", "talent, innovation and money",
                "over 500 companies and 5000 jobs", "best practice in European projects",
                "Hugo Russell", "Birmingham Science Park Aston (BSPA)", "2011-08-09")) {
            assertTrue(page.body().contains(expected), "page lacks " + expected);
        }
        assertFalse(page.body().contains("no longer updated"));
    }

    @Test
    void practicePageLinksResolvedPlacesAndShowsIndicatorsAndProvenance() throws Exception {
        String body = get("practice/0557C2", "text/html").body();
        for (String expected : List.of(
                "href=\"http://publications.europa.eu/resource/authority/country/GBR\">United Kingdom</a>",
                "href=\"http://data.europa.eu/nuts/code/UKG31\">Birmingham (NUTS 3 UKG31)</a>",
                "href=\"" + base + "id/place/birmingham-gb\">Birmingham</a>", "(52.48142, -1.89983)",
                "<td class=\"value\">at least 500</td>", "<td class=\"value\">5,000</td>",
                "<td>12 months</td>", "new young graduate companies <span class=\"counts\">(companies)</span>",
                "Imported from <code>0557C2.txt</code>", "by goodpractice importer " + Version.current())) {
            assertTrue(body.contains(expected), "page lacks " + expected);
        }
    }

    @Test
    void homePageLeadsToTheBrowsePageThatListsEveryPractice() throws Exception {
        HttpResponse<String> home = get("", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("href=\"/search\""));
        assertTrue(home.body().contains("Environment and risk prevention"));
        HttpResponse<String> all = get("search", "text/html");
        assertTrue(all.body().contains("href=\"/practice/0557C2\""));
        assertTrue(all.body().contains("href=\"/practice/0913R2\""));
        assertTrue(all.body().contains("href=\"/practice/XSS1\""));
    }

    @Test
    void recordTextIsEscapedInSearchResults() throws Exception {
        String results = get("search?q=alert", "text/html").body();
        assertTrue(results.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), results);
        assertFalse(results.contains("<script>alert(1)"));
        assertFalse(results.contains("<img src=x"));
    }

    @Test
    void recordTextIsEscapedNeverInterpreted() throws Exception {
        HttpResponse<String> page = get("practice/XSS1", "text/html");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertFalse(body.contains("<script>alert(1)"));
        assertFalse(body.contains("<img src=x"));
        assertFalse(body.contains("<b onmouseover"));
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(body.contains("&lt;b onmouseover&#x3D;alert(3)&gt;bold&lt;/b&gt;"));
    }

    @Test
    void unknownPracticeAndUnknownPathGiveTheNotFoundPage() throws Exception {
        for (String path : List.of("practice/NOPE99", "no/such/page")) {
            HttpResponse<String> page = get(path, "text/html");
            assertEquals(404, page.statusCode());
            assertTrue(page.body().contains("Not found"), page.body());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "application/sparql-results+json, RS_JSON",
            "application/sparql-results+xml, RS_XML",
            "text/csv, RS_CSV",
            "text/tab-separated-values, RS_TSV"})
    void sparqlSelectOverGetAnswersInEachResultFormat(String accept, String lang) throws Exception {
        HttpResponse<String> response = get("sparql?query=" + encode(START_DATE_AND_PRIORITY), accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                resultLang(lang));
        var row = rs.next();
        assertEquals("1982-01-01", row.get("start").asLiteral().getLexicalForm());
        assertEquals("Innovation and the knowledge economy", row.get("priority").asLiteral().getLexicalForm());
    }

    @Test
    void sparqlSelectOverPostAnswersThatTheStartDateIsAnXsdDate() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(START_DATE_AND_PRIORITY))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://www.w3.org/2001/XMLSchema#date", rs.next().get("start").asLiteral().getDatatypeURI());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD"})
    void sparqlConstructAnswersInTurtleAndJsonLd(String accept, String lang) throws Exception {
        String query = "CONSTRUCT { ?p <http://purl.org/dc/terms/title> ?t } WHERE { ?p <http://purl.org/dc/terms/identifier> \"0557C2\" ; <http://purl.org/dc/terms/title> ?t }";
        HttpResponse<String> response = get("sparql?query=" + encode(query), accept);
        assertEquals(200, response.statusCode(), response.body());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), lang.equals("JSONLD") ? Lang.JSONLD : Lang.TURTLE).parse(model);
        assertEquals("Birmingham Science Park Aston",
                model.getResource(base + "id/practice/0557C2").getProperty(org.apache.jena.vocabulary.DCTerms.title).getString());
    }

    @Test
    void theEndpointIsReadOnly() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode("DROP ALL"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "status " + response.statusCode());
        assertEquals(200, get("practice/0557C2", "text/html").statusCode(), "data must survive");
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Lang resultLang(String name) {
        return switch (name) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
    }
}

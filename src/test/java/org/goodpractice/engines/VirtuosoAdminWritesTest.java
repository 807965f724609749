package org.goodpractice.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryFactory;
import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.goodpractice.ingest.Iris;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.server.GoodPracticeServer;
import org.goodpractice.store.Engine;
import org.goodpractice.store.RemoteEndpoints;
import org.goodpractice.store.RemoteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The admin endpoint's writes on a node served from a real Virtuoso (one per class), whose SPARQL
 * answers are cut at 1000 rows, the smallest cap the store reads whole graphs under: Graph Store
 * PUT, POST and DELETE and SPARQL Update reach Virtuoso, a graph larger than the cap is copied
 * whole for a write (a POST adds to it, it does not cut it down to the cap), and what Virtuoso
 * or the record checks refuse is a 400 saying why, with nothing changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VirtuosoAdminWritesTest {
    private static final String BASE = TestData.BASE;
    private static final int CAP = 1000;
    private static final String PASSWORD = "s3cret-for-virtuoso-tests";
    private static final String PREFIXES = "PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "PREFIX schema: <https://schema.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
    private static final String PRACTICE = "<" + BASE + "id/practice/0557C2>";
    private static final String RECORD = "<" + BASE + "graph/practice/0557C2>";

    private VirtuosoProcess virtuoso;
    private RemoteStore store;
    private SearchIndex index;
    private GoodPracticeServer server;

    @BeforeAll
    void start() throws Exception {
        virtuoso = VirtuosoProcess.start(CAP);
        List<String> args = new ArrayList<>(List.of("import", "--base-uri", BASE));
        args.addAll(storeOptions());
        TestData.sampleFiles().forEach(f -> args.add(f.toString()));
        assertEquals(0, EngineChecks.cli(args), "the import through the CLI failed");
        Path passwordFile = Files.writeString(virtuoso.dir().resolve("admin-password"), PASSWORD + "\n");
        store = RemoteStore.open(new RemoteEndpoints(virtuoso.url("sparql-auth"), virtuoso.url("sparql-auth"),
                virtuoso.url("sparql-graph-crud-auth"), null, null).credentials(virtuoso.credentials())
                .withEngine(Engine.VIRTUOSO), Duration.ofSeconds(1));
        index = SearchIndex.build(store, BASE);
        server = GoodPracticeServer.create().store(store).baseUri(BASE).port(0).searchIndex(index).preparePages(false)
                .adminPasswordFile(passwordFile).build().start();
    }

    private List<String> storeOptions() {
        return List.of("--query-url", virtuoso.url("sparql-auth"), "--update-url", virtuoso.url("sparql-auth"),
                "--gsp-url", virtuoso.url("sparql-graph-crud-auth"), "--store-credentials", virtuoso.credentials().toString(),
                "--store-engine", "virtuoso");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
            index.close();
            store.close();
        }
        if (virtuoso != null) {
            virtuoso.close();
        }
    }

    @Test
    void reImportingTheSampleDataFindsEveryGraphUnchangedThoughTheGazetteerIsLargerThanTheCap() {
        long version = storedVersion();
        List<String> args = new ArrayList<>(List.of("import", "--base-uri", BASE));
        args.addAll(storeOptions());
        TestData.sampleFiles().forEach(f -> args.add(f.toString()));
        assertTrue(triples("<" + Iris.gazetteerGraph(BASE) + ">") > CAP, "the gazetteer is no larger than the cap");
        assertEquals(0, EngineChecks.cli(args));
        // Other tests of the class may have changed a record, which the import puts back: only the gazetteer is asked about.
        assertFalse(store.changesSince(version).graphs().contains(Iris.gazetteerGraph(BASE)),
                "the gazetteer, read short, was taken for a changed graph");
    }

    @Test
    void aGraphLargerThanTheCapIsPutAddedToAndDeletedWhole() throws Exception {
        String graph = BASE + "graph/notes-large";
        // 250 subjects of 10 triples: pages of subjects would cut a page of their triples at the cap, pages of rows do not.
        String body = IntStream.range(0, 2500).mapToObj(i -> "<http://example.org/s" + i / 10 + "> <http://example.org/p" + i % 10
                + "> \"" + i + "\" .").collect(Collectors.joining("\n"));
        long version = storedVersion();
        HttpResponse<String> put = send("PUT", graph, "application/n-triples", body);
        assertEquals(201, put.statusCode(), put.body());
        assertEquals(2500, triples("<" + graph + ">"));
        assertTrue(store.changesSince(version).graphs().contains(graph));

        HttpResponse<String> post = send("POST", graph, "text/turtle", "<http://example.org/s0> <http://example.org/q> \"added\" .");
        assertTrue(post.statusCode() == 200 || post.statusCode() == 204, post.statusCode() + " " + post.body());
        assertEquals(2501, triples("<" + graph + ">"), "the POST was applied to a copy read short");

        HttpResponse<String> delete = send("DELETE", graph, null, null);
        assertEquals(204, delete.statusCode(), delete.body());
        assertEquals(0, triples("<" + graph + ">"));
        assertEquals(404, send("DELETE", graph, null, null).statusCode());
    }

    @Test
    void anUpdateThroughTheAdminEndpointReachesVirtuoso() throws Exception {
        String title = "Aston Science Park renamed on Virtuoso";
        HttpResponse<String> response = update(PREFIXES + "DELETE { GRAPH " + RECORD + " { " + PRACTICE + " dcterms:title ?t } } "
                + "INSERT { GRAPH " + RECORD + " { " + PRACTICE + " dcterms:title ?new } } WHERE { GRAPH " + RECORD + " { "
                + PRACTICE + " dcterms:title ?t } BIND(STRLANG(\"" + title + "\", LANG(?t)) AS ?new) }");
        assertEquals(204, response.statusCode(), response.body());
        ParameterizedSparqlString ask = new ParameterizedSparqlString("ASK { GRAPH ?g { ?p <http://purl.org/dc/terms/title> ?t } "
                + "FILTER(STR(?t) = ?title) }");
        ask.setIri("g", BASE + "graph/practice/0557C2");
        ask.setIri("p", BASE + "id/practice/0557C2");
        ask.setLiteral("title", title);
        assertTrue(store.ask(ask.asQuery()), "the new title is not in Virtuoso");
    }

    @Test
    void anUpdateBreakingARecordIsRefusedAndChangesNothing() throws Exception {
        long version = storedVersion();
        HttpResponse<String> response = update(PREFIXES + "INSERT DATA { GRAPH " + RECORD + " { " + PRACTICE
                + " schema:startDate \"2001-01-01\"^^xsd:date, \"2002-02-02\"^^xsd:date } }");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("at most one start date") && response.body().contains("nothing was changed"),
                response.body());
        assertEquals(version, storedVersion());
    }

    @Test
    void aBodyVirtuosoRefusesIsA400SayingWhyAndNothingIsWritten() throws Exception {
        String graph = BASE + "graph/notes-refused";
        long version = storedVersion();
        HttpResponse<String> put = send("PUT", graph, "text/turtle",
                "<http://example.org/s> <http://example.org/p> \"abc\"^^<http://www.w3.org/2001/XMLSchema#integer> .");
        assertEquals(400, put.statusCode(), put.body());
        assertTrue(put.body().contains("Invalid integer value") && put.body().contains("nothing was changed"), put.body());
        assertFalse(put.body().contains("Exception") || put.body().contains("\tat "), put.body());
        assertEquals(0, triples("<" + graph + ">"));
        assertEquals(version, storedVersion());
    }

    @Test
    void aBodyThatDoesNotParseIsA400WithTheParsersMessage() throws Exception {
        HttpResponse<String> put = send("PUT", BASE + "graph/notes-unparsed", "text/turtle", "<http://example.org/s> is not turtle");
        assertEquals(400, put.statusCode(), put.body());
        assertTrue(put.body().contains("does not parse") && put.body().contains("line: 1"), put.body());
    }

    /** The version Virtuoso holds now, not the node's last poll. */
    private long storedVersion() {
        return store.changesSince(store.version()).now();
    }

    private long triples(String graph) {
        return store.select(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH " + graph
                + " { ?s ?p ?o } }"), rows -> rows.next().getLiteral("n").getLong());
    }

    private HttpResponse<String> update(String update) throws Exception {
        return TestServer.HTTP.send(admin("admin/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String graph, String type, String body) throws Exception {
        HttpRequest.Builder request = admin("admin/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return TestServer.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/" + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
}

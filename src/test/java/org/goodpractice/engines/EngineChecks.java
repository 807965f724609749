package org.goodpractice.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.goodpractice.cli.Main;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.server.GoodPracticeServer;
import org.goodpractice.sparql.ExampleAnswers;
import org.goodpractice.sparql.ExampleQueries;
import org.goodpractice.sparql.ExampleQueries.Example;
import org.goodpractice.store.RemoteEndpoints;
import org.goodpractice.store.RemoteStore;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The checks every remote engine must pass, as the embedded TDB2 store does: the sample data is
 * imported through the CLI into an engine the subclass starts (one process per class), a web node
 * serves it, and its practice page, search, a linked-data document, the example queries through
 * its {@code /sparql} and its dump give what they give on TDB2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EngineChecks {
    static final String BASE = TestData.BASE;
    private static final Pattern PER_STORE = Pattern.compile(
            "<http://www.w3.org/ns/prov#[a-zA-Z]+AtTime> \"|<urn:x-goodpractice:links#followsStoreVersion> ");

    private RemoteStore store;
    private SearchIndex index;
    private GoodPracticeServer server;

    /** Starts the engine; called once, before anything else. */
    abstract void startEngine();

    /** The CLI options that name the engine's store. */
    abstract List<String> storeOptions();

    /** The same store for the web node. */
    abstract RemoteEndpoints endpoints();

    abstract void stopEngine();

    @BeforeAll
    void importAndServe() {
        startEngine();
        List<String> args = new ArrayList<>(List.of("import", "--base-uri", BASE));
        args.addAll(storeOptions());
        TestData.sampleFiles().forEach(f -> args.add(f.toString()));
        assertEquals(0, cli(args), "the import through the CLI failed");
        store = RemoteStore.open(endpoints(), Duration.ofSeconds(1));
        index = SearchIndex.build(store, BASE);
        server = GoodPracticeServer.create().store(store).baseUri(BASE).port(0).searchIndex(index).preparePages(false)
                .build().start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
            index.close();
            store.close();
        }
        stopEngine();
    }

    static int cli(List<String> args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int code = cli.execute(args.toArray(String[]::new));
        if (code != 0) {
            System.err.println(out);
        }
        return code;
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return TestServer.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/" + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    RemoteStore store() {
        return store;
    }

    @Test
    void thePracticePageHasItsTitle() throws Exception {
        HttpResponse<String> page = get("practice/0557C2", "text/html");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().matches("(?s).*<title>[^<]*Birmingham Science Park Aston[^<]*</title>.*"), page.body());
    }

    @Test
    void searchFindsAPractice() throws Exception {
        HttpResponse<String> search = get("search?q=science+park", "text/html");
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("/practice/0557C2"), search.body());
    }

    @Test
    void theLinkedDataDocumentIsTheRecordInTurtle() throws Exception {
        HttpResponse<String> turtle = get("data/practice/0913R2.ttl", "text/turtle");
        assertEquals(200, turtle.statusCode(), turtle.body());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).base(BASE).parse(model);
        assertTrue(model.contains(model.createResource(BASE + "id/practice/0913R2"),
                model.createProperty("http://purl.org/dc/terms/title"),
                model.createLiteral("Acoustic leak detection and district metering in the Milan water network", "en")),
                turtle.body());
    }

    Stream<Example> examples() {
        return ExampleQueries.load().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleQueriesGiveTheirAnswersThroughTheNodesEndpoint(Example example) throws Exception {
        boolean graph = QueryFactory.create(example.text()).isConstructType();
        HttpResponse<String> answer = get("sparql?query=" + URLEncoder.encode(example.text(), StandardCharsets.UTF_8),
                graph ? "application/n-triples" : "text/csv");
        assertEquals(200, answer.statusCode(), answer.body());
        List<String> lines = answer.body().lines().skip(graph ? 0 : 1).map(l -> graph ? l : l.replace("\"", "")).toList();
        for (String expected : ExampleAnswers.EXPECTED.get(example.name())) {
            assertTrue(lines.contains(expected), () -> "expected \"" + expected + "\" among\n" + String.join("\n", lines));
        }
        for (String unexpected : ExampleAnswers.UNEXPECTED.getOrDefault(example.name(), List.of())) {
            assertTrue(lines.stream().noneMatch(l -> l.contains(unexpected)), () -> "did not expect " + unexpected);
        }
    }

    @Test
    void theDumpIsWhatTheEmbeddedStoreHolds() throws Exception {
        HttpResponse<byte[]> dump = TestServer.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/dumps/goodpractice.nq.gz")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, dump.statusCode());
        DatasetGraph served = DatasetGraphFactory.createGeneral();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.NQUADS).parse(served);
        try (TdbStore embedded = TestData.storeWithSampleData(BASE)) {
            DatasetGraph published = DatasetGraphFactory.createGeneral();
            embedded.publishQuads(StreamRDFLib.dataset(published));
            List<String> expected = nquads(published);
            List<String> actual = nquads(served);
            List<String> missing = expected.stream().filter(q -> !actual.contains(q)).limit(5).toList();
            List<String> extra = actual.stream().filter(q -> !expected.contains(q)).limit(5).toList();
            assertTrue(missing.isEmpty() && extra.isEmpty(), "missing " + missing + "\nextra " + extra);
            assertEquals(expected.size(), actual.size());
        }
    }

    @Test
    void theBookkeepingShowsNowhere() throws Exception {
        String ask = "ASK { { ?s <urn:x-goodpractice:store#version> ?v } UNION { GRAPH ?g { ?s <urn:x-goodpractice:store#version> ?v } } }";
        HttpResponse<String> answer = get("sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("false"), answer.body());
        assertFalse(store.ask(QueryFactory.create(ask)));
    }

    /**
     * Sorted N-Quads lines with literals in canonical form (Virtuoso gives {@code "49"^^xsd:decimal}
     * back for {@code "49.0"}, the same value), without what differs from one store or import to
     * the next: the import times (prov:…AtTime) and the store version the links graph follows.
     */
    private static List<String> nquads(DatasetGraph dataset) {
        DatasetGraph canonical = DatasetGraphFactory.createGeneral();
        dataset.find().forEachRemaining(q -> canonical.add(q.getGraph(), q.getSubject(), q.getPredicate(),
                q.getObject().isLiteral() ? CanonicalizeLiteral.get().apply(q.getObject()) : q.getObject()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, canonical, Lang.NQUADS);
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !PER_STORE.matcher(l).find()).sorted().toList();
    }
}

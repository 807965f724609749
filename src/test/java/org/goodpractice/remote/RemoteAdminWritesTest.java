package org.goodpractice.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.goodpractice.TestServer;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.server.GoodPracticeServer;
import org.goodpractice.store.Changes;
import org.goodpractice.store.RemoteEndpoints;
import org.goodpractice.store.RemoteFuseki;
import org.goodpractice.store.RemoteStore;
import org.goodpractice.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admin writes on a node served from a real Fuseki: node A takes them with the same guard as on
 * TDB2 (password, record shapes, the same refusals word for word), sends only what passed, and
 * moves the store's version so node B shows the change within 5 s.
 */
class RemoteAdminWritesTest {
    private static final String BASE = "http://localhost:8080/";
    private static final String PASSWORD = "s3cret-for-remote-tests";
    private static final String PRACTICE = "<" + BASE + "id/practice/0557C2>";
    private static final String GRAPH = "<" + BASE + "graph/practice/0557C2>";
    private static final String PREFIXES = "PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "PREFIX schema: <https://schema.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";

    @TempDir
    static Path dir;
    private static RemoteFuseki fuseki;
    private static Path passwordFile;
    private static final List<RemoteNodesTest.Node> NODES = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        fuseki = RemoteFuseki.start();
        assertEquals(0, RemoteNodesTest.cli("import", "--sparql-endpoint", fuseki.datasetUrl(), "data"));
        passwordFile = Files.writeString(dir.resolve("admin-password"), PASSWORD + "\n");
        for (int i = 0; i < 2; i++) {
            RemoteStore store = RemoteStore.open(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Duration.ofSeconds(2));
            SearchIndex index = SearchIndex.build(store, BASE);
            GoodPracticeServer.Builder builder = GoodPracticeServer.create().store(store).baseUri(BASE).port(0)
                    .searchIndex(index).preparePages(false);
            if (i == 0) {
                builder.adminPasswordFile(passwordFile);
            }
            NODES.add(new RemoteNodesTest.Node(store, index, builder.build().start()));
        }
    }

    @AfterAll
    static void stop() {
        RemoteNodesTest.stop(NODES);
        fuseki.close();
    }

    @Test
    void aTitleChangedThroughNodeAShowsOnNodeBWithinFiveSeconds() throws Exception {
        String title = "Aston Science Park renamed by its operator";
        HttpResponse<String> response = update(PREFIXES + "DELETE { GRAPH " + GRAPH + " { " + PRACTICE + " dcterms:title ?t } } "
                + "INSERT { GRAPH " + GRAPH + " { " + PRACTICE + " dcterms:title ?new } } WHERE { GRAPH " + GRAPH + " { "
                + PRACTICE + " dcterms:title ?t } BIND(IF(LANG(?t) = \"\", \"" + title + "\", STRLANG(\"" + title
                + "\", LANG(?t))) AS ?new) }", PASSWORD);
        assertEquals(204, response.statusCode(), response.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        RemoteNodesTest.Node other = NODES.get(1);
        while (!other.get("practice/0557C2", "text/html").body().contains(title)) {
            assertTrue(System.nanoTime() < deadline, "node B did not show the new title within 5 s");
            Thread.sleep(100);
        }
        assertFalse(other.get("practice/0557C2", "text/html").body().contains("Birmingham Science Park Aston</h1>"));
    }

    @Test
    void anUpdateBreakingARecordIsRefusedAsOnTdb2AndChangesNothingRemotely() throws Exception {
        String breaking = "DELETE WHERE { GRAPH %1$sgraph/practice/0557C2> { %1$sid/practice/0557C2> schema:startDate ?s } } ; "
                + "INSERT DATA { GRAPH %1$sgraph/practice/0557C2> { %1$sid/practice/0557C2> "
                + "schema:startDate \"2001-01-01\"^^xsd:date, \"2002-02-02\"^^xsd:date } }";
        List<String> before = snapshot();
        long version = NODES.get(0).store().version();
        HttpResponse<String> remote = update(PREFIXES + String.format(breaking, "<" + BASE), PASSWORD);
        assertEquals(400, remote.statusCode(), remote.body());
        assertTrue(remote.body().contains("at most one start date"), remote.body());
        assertTrue(remote.body().contains("nothing was changed"), remote.body());
        assertEquals(before, snapshot(), "the refused update reached Fuseki");
        assertEquals(version, NODES.get(0).store().version());

        try (TestServer tdb2 = TestServer.start(b -> b.adminPasswordFile(passwordFile))) {
            HttpResponse<String> embedded = TestServer.HTTP.send(admin(tdb2.url("admin/update"), PASSWORD)
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + String.format(breaking, "<" + tdb2.base()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, embedded.statusCode(), embedded.body());
            assertEquals(embedded.body().replace(tdb2.base(), BASE), remote.body());
        }

        HttpResponse<String> defaultGraph = update(PREFIXES + "INSERT DATA { " + PRACTICE
                + " schema:startDate \"1999-01-01\"^^xsd:date }", PASSWORD);
        assertEquals(400, defaultGraph.statusCode(), defaultGraph.body());
        assertTrue(defaultGraph.body().contains("cannot be written"), defaultGraph.body());
        assertEquals(before, snapshot());
    }

    @Test
    void aWrongPasswordIs401AndWritesNothing() throws Exception {
        List<String> before = snapshot();
        HttpResponse<String> response = update("INSERT DATA { GRAPH <" + BASE + "graph/notes> { <urn:a> <urn:b> 1 } }", "wrong");
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(before, snapshot());
        HttpResponse<String> readOnly = TestServer.HTTP.send(admin(NODES.get(1).url("admin/update"), PASSWORD)
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP SILENT GRAPH <urn:none>")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, readOnly.statusCode(), "a node without a password takes no writes");
    }

    @Test
    void aGraphStorePutIsWrittenToFusekiAndTracked() throws Exception {
        RemoteStore store = NODES.get(0).store();
        long version = store.version();
        String notes = BASE + "graph/notes-remote";
        HttpResponse<String> put = TestServer.HTTP.send(admin(NODES.get(0).url("admin/data?graph="
                + URLEncoder.encode(notes, StandardCharsets.UTF_8)), PASSWORD).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> \"kept\" .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() == 201 || put.statusCode() == 200 || put.statusCode() == 204, put.statusCode() + " " + put.body());
        assertTrue(Txn.calculateRead(fuseki.dataset(), () -> fuseki.dataset().getNamedModel(notes).size() == 1),
                "the graph did not reach Fuseki");
        assertTrue(store.version() > version, "the store version did not move");
        Changes changes = store.changesSince(version);
        assertEquals(Set.of(notes), changes.graphs());
        RemoteStore other = NODES.get(1).store();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (other.version() != store.version()) {
            assertTrue(System.nanoTime() < deadline, "node B did not see the new version within 5 s");
            Thread.sleep(100);
        }
    }

    @Test
    void aWriteIsRefusedWhenAnotherNodeChangedWhatItReadMeanwhile() {
        String notes = BASE + "graph/notes-contended";
        Node g = NodeFactory.createURI(notes);
        Node s = NodeFactory.createURI("http://example.org/s");
        Node p = NodeFactory.createURI("http://example.org/p");
        DatasetGraph writes = NODES.get(0).store().writableDataset().orElseThrow();
        writes.begin(ReadWrite.WRITE);
        try {
            assertFalse(writes.find(g, s, p, Node.ANY).hasNext());
            NODES.get(1).store().replaceGraph(notes, ModelFactory.createDefaultModel()
                    .add(ResourceFactory.createResource(s.getURI()), ResourceFactory.createProperty(p.getURI()), "from node B"));
            writes.add(g, s, p, NodeFactory.createLiteralString("from node A"));
            StoreException refused = assertThrows(StoreException.class, writes::commit);
            assertTrue(refused.getMessage().contains("Another writer changed"), refused.getMessage());
            assertEquals(StoreException.Kind.CONFLICT, refused.kind(), "the admin endpoint answers a conflict with 409");
        } finally {
            writes.end();
        }
        assertEquals(1, Txn.calculateRead(fuseki.dataset(), () -> fuseki.dataset().getNamedModel(notes).size()));
        assertFalse(writes.isInTransaction());
    }

    /** Every quad Fuseki holds, the store's bookkeeping included, as sorted N-Quads lines. */
    private static List<String> snapshot() {
        DatasetGraph dsg = fuseki.dataset().asDatasetGraph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
        return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
    }

    private static HttpResponse<String> update(String update, String password) throws Exception {
        return TestServer.HTTP.send(admin(NODES.get(0).url("admin/update"), password)
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder admin(String url, String password) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
    }
}

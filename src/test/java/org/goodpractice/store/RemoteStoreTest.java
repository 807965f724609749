package org.goodpractice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The remote store on a real Fuseki: its version lives in the service and follows every writer. */
class RemoteStoreTest {
    private static final String G1 = "http://example.org/graph/1";
    private static final String G2 = "http://example.org/graph/2";

    private RemoteFuseki fuseki;
    private RemoteStore writer;
    private RemoteStore reader;

    @BeforeEach
    void start() {
        fuseki = RemoteFuseki.start();
        writer = RemoteStore.open(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Duration.ofMillis(100));
        reader = RemoteStore.open(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Duration.ofMillis(100));
    }

    @AfterEach
    void stop() {
        writer.close();
        reader.close();
        fuseki.close();
    }

    private static Model graph(String label) {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource("http://example.org/thing"), m.createProperty("http://example.org/label"), label);
        m.add(m.createResource(), m.createProperty("http://example.org/blank"), "b" + label);
        return m;
    }

    @Test
    void aWriteMovesTheVersionKeptInTheServiceAndNamesItsGraphs() {
        assertEquals(-1, writer.version(), "a new store has no version");
        writer.replaceGraph("http://example.org/graph/0", graph("zero"));
        long before = writer.version();
        writer.replaceGraphs(Map.of(G1, graph("one"), G2, graph("two")));
        long after = writer.version();
        assertTrue(after > before, before + " -> " + after);

        Changes changes = writer.changesSince(before);
        assertEquals(Set.of(G1, G2), changes.graphs());
        writer.replaceGraph(G1, graph("uno"));
        assertEquals(Set.of(G1), writer.changesSince(after).graphs());
        assertTrue(writer.changesSince(12).everything(), "a version from before the store's history is unknown");
    }

    @Test
    void writingTheSameContentWritesNothing() {
        writer.replaceGraph(G1, graph("one"));
        long version = writer.version();
        writer.replaceGraph(G1, graph("one"));
        assertEquals(version, writer.version());
    }

    @Test
    void anotherProcessSeesTheChangeByPolling() throws InterruptedException {
        writer.replaceGraph("http://example.org/graph/0", graph("zero"));
        assertTrue(poll(() -> reader.version() == writer.version()));
        long seen = reader.version();
        CountDownLatch moved = new CountDownLatch(1);
        reader.onChange(v -> {
            if (v != seen) {
                moved.countDown();
            }
        });
        writer.replaceGraph(G1, graph("one"));
        assertTrue(moved.await(5, TimeUnit.SECONDS), "the reader's listener was not told of the writer's change");
        assertEquals(writer.version(), reader.version());
        assertEquals(Set.of(G1), reader.changesSince(seen).graphs());
    }

    @Test
    void theBookkeepingShowsInNoQueryNorDump() {
        writer.replaceGraph(G1, graph("one"));
        assertFalse(writer.ask(QueryFactory.create("ASK { ?s <urn:x-goodpractice:store#version> ?v }")));
        assertFalse(writer.ask(QueryFactory.create("ASK { GRAPH ?g { ?s <urn:x-goodpractice:store#version> ?v } }")));
        int graphs = writer.select(QueryFactory.create("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }"),
                rs -> { int n = 0; while (rs.hasNext()) { rs.next(); n++; } return n; });
        assertEquals(1, graphs);
        List<Quad> quads = new ArrayList<>();
        writer.publishQuads(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        assertEquals(2, quads.size(), quads.toString());
        assertTrue(quads.stream().allMatch(q -> q.getGraph().getURI().equals(G1)), quads.toString());
    }

    @Test
    void anUnreachableStoreSaysSoAndRecoversByItself() throws InterruptedException {
        writer.replaceGraph(G1, graph("one"));
        fuseki.stop();
        assertTrue(poll(() -> reader.unreachable().isPresent()), "the store's absence went unnoticed");
        assertTrue(reader.unreachable().get().contains(fuseki.datasetUrl()) && reader.unreachable().get().contains("unreachable"), reader.unreachable().get());
        fuseki.restart();
        assertTrue(poll(() -> reader.unreachable().isEmpty()), "the store did not recover");
        assertNotEquals(-1, reader.version());
    }

    @Test
    void credentialsAreSentAndNeverShown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path passwords = java.nio.file.Files.writeString(dir.resolve("passwd"), "gp: s3cret-Pa55\n");
        java.nio.file.Path good = java.nio.file.Files.writeString(dir.resolve("good"), "gp:s3cret-Pa55\n");
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad"), "gp:wr0ng-Pa55\n");
        try (RemoteFuseki secured = RemoteFuseki.start(passwords);
                RemoteStore allowed = RemoteStore.open(RemoteEndpoints.fuseki(secured.datasetUrl()).credentials(good), Duration.ofMillis(100));
                RemoteStore refused = RemoteStore.open(RemoteEndpoints.fuseki(secured.datasetUrl()).credentials(bad), Duration.ofMillis(100))) {
            allowed.replaceGraph(G1, graph("one"));
            assertTrue(allowed.version() > 0);
            assertTrue(poll(() -> refused.unreachable().isPresent()), "wrong credentials went unnoticed");
            String why = refused.unreachable().get();
            assertTrue(why.contains("401") && why.contains("credentials"), why);
            assertFalse(why.contains("wr0ng-Pa55") || refused.endpoints().toString().contains("Pa55"), why);
        }
    }

    static boolean poll(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}

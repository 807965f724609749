package org.goodpractice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mark that the derived graphs are in step lives in the store's own bookkeeping, for the
 * embedded and the remote store alike: it is written only at the store's current version, never
 * moves the version, survives a reopening, and is left behind by the next write.
 */
class InStepMarkTest {
    @TempDir
    Path dir;

    private static Model graph(String label) {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource("http://example.org/thing"), m.createProperty("http://example.org/label"), label);
        return m;
    }

    @Test
    void theEmbeddedStoreKeepsTheMarkAcrossARestartWithoutMovingItsVersion() {
        Path location = dir.resolve("store");
        long marked;
        try (TdbStore store = TdbStore.open(location)) {
            assertEquals(Optional.empty(), store.inStep(), "a new store has no mark");
            store.replaceGraph("http://example.org/graph/1", graph("one"));
            marked = store.version();
            behavesAsAMark(store);
        }
        try (TdbStore reopened = TdbStore.open(location)) {
            assertEquals(Optional.of(new InStep(marked, "sources")), reopened.inStep(), "the mark is in the store's files");
            assertEquals(marked + 1, reopened.version(), "the write after the mark is there too");
        }
    }

    @Test
    void theRemoteStoreKeepsTheMarkInTheService() {
        try (RemoteFuseki fuseki = RemoteFuseki.start();
             RemoteStore store = RemoteStore.open(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Duration.ofMillis(100));
             RemoteStore other = RemoteStore.open(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Duration.ofMillis(100))) {
            store.replaceGraph("http://example.org/graph/1", graph("one"));
            long marked = store.version();
            behavesAsAMark(store);
            assertEquals(Optional.of(new InStep(marked, "sources")), other.inStep(), "another node reads the same mark");
        }
    }

    @Test
    void aStoreOverAnyConnectionKeepsItsMarkAsLongAsTheObject() {
        try (ConnectionStore store = new ConnectionStore(RDFConnection.connect(DatasetFactory.createTxnMem()))) {
            store.replaceGraph("http://example.org/graph/1", graph("one"));
            behavesAsAMark(store);
        }
    }

    /** Marks {@code store} at its version, then writes once after the mark. */
    private static void behavesAsAMark(SparqlStore store) {
        long version = store.version();
        assertFalse(store.markInStep(new InStep(version - 1, "sources")), "a version that is not the store's now is refused");
        assertEquals(Optional.empty(), store.inStep());
        assertTrue(store.markInStep(new InStep(version, "sources")));
        assertEquals(version, store.version(), "writing the mark is not a change of the store");
        assertEquals(Optional.of(new InStep(version, "sources")), store.inStep());
        assertTrue(store.changesSince(version).none());

        store.replaceGraph("http://example.org/graph/2", graph("two"));
        assertEquals(version + 1, store.version());
        assertEquals(Optional.of(new InStep(version, "sources")), store.inStep(), "the mark stays behind the write");
        assertFalse(store.markInStep(new InStep(version, "other sources")), "the old version can no longer be marked");
        assertEquals(Optional.of(new InStep(version, "sources")), store.inStep());
    }
}

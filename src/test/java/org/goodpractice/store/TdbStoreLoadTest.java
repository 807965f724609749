package org.goodpractice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk load through Jena's TDB2 loader: new graphs only, one version, and the store as it was after a load that did not finish. */
class TdbStoreLoadTest {
    @TempDir
    Path dir;

    @Test
    void aLoadWritesItsGraphsAsOneVersionListedAmongTheChanges() {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            store.replaceGraph("urn:g:before", graph("before", "1"));
            long before = store.version();
            List<Long> heard = new ArrayList<>();
            store.onChange(heard::add);

            store.load(() -> {
                store.replaceGraphs(Map.of("urn:g:a", graph("a", "1"), "urn:g:b", graph("b", "2.50")));
                store.replaceGraph("urn:g:c", graph("c", "3"));
            });

            assertEquals(before + 1, store.version(), "one version for the whole load");
            assertEquals(List.of(before + 1), heard, "listeners hear of it once it is in");
            assertEquals(Set.of("urn:g:a", "urn:g:b", "urn:g:c"), store.changesSince(before).graphs());
            assertEquals(4, count(store), "every graph loaded, the one before kept");
            assertFalse(Files.exists(dir.resolve("store").resolve(BulkLoad.BEFORE)), "the copy kept for a crash is gone");
            store.replaceGraph("urn:g:b", graph("b", "2.5"));
            assertEquals(before + 1, store.version(), "literals were stored in their canonical form, as a transaction stores them");
        }
    }

    @Test
    void aLoadRefusesAGraphTheStoreAlreadyHolds() {
        try (TdbStore store = TdbStore.inMemory()) {
            store.replaceGraph("urn:g:a", graph("a", "1"));
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.load(() -> store.replaceGraph("urn:g:a", graph("a", "2"))));
            assertTrue(refused.getMessage().contains("urn:g:a is already in the store"), refused.getMessage());
        }
    }

    @Test
    void aStoreWhoseLoadDidNotFinishIsPutBackAsItWasBeforeTheLoad() {
        Path location = dir.resolve("store");
        long before;
        try (TdbStore store = TdbStore.open(location)) {
            store.replaceGraph("urn:g:before", graph("before", "1"));
            before = store.version();
            assertThrows(StoreException.class, () -> store.load(() -> {
                store.replaceGraph("urn:g:a", graph("a", "1"));
                throw new IllegalStateException("the disk is full");
            }));
            assertTrue(Files.exists(location.resolve(BulkLoad.BEFORE)), "the copy of the store before the load is kept");
            // What a process that died leaves: no open connection to the store's files.
            TDBInternal.expel(store.datasetGraph(), true);
        }
        try (TdbStore reopened = TdbStore.open(location)) {
            assertEquals(1, count(reopened), "only the graph from before the load");
            assertEquals(before, reopened.version(), "and the version it had");
            assertFalse(Files.exists(location.resolve(BulkLoad.BEFORE)));
        }
    }

    private static Model graph(String name, String decimal) {
        Model model = ModelFactory.createDefaultModel();
        model.add(ResourceFactory.createResource("urn:s:" + name), ResourceFactory.createProperty("urn:p:value"),
                model.createTypedLiteral(decimal, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
        return model;
    }

    private static int count(TdbStore store) {
        return store.select(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                rs -> rs.next().getLiteral("n").getInt());
    }
}

package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.NodeFactory;
import org.goodpractice.TestData;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.store.ForwardingStore;
import org.goodpractice.store.InStep;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.store.TdbStore;
import org.goodpractice.vocab.GP;
import org.junit.jupiter.api.Test;

/**
 * A start repairs the derived graphs only when the store's mark says they may be out of step: a
 * start at the version an import marked reads nothing; a store never marked (made by an older
 * importer) is repaired once and marked; a store changed since its mark is repaired.
 */
class StartRepairTest {
    private static final Path BSPA = TestData.resource("ingest/annex/bspa/input.txt");
    private static final Path SEVILLE = TestData.resource("ingest/bad/valid.txt");

    /** Counts the reads and writes a start makes. */
    private static final class Counting extends ForwardingStore {
        int reads;
        final List<String> written = new ArrayList<>();

        Counting(SparqlStore store) {
            super(store);
        }

        @Override
        public <T> T select(Query query, Function<ResultSet, T> reader) {
            reads++;
            return super.select(query, reader);
        }

        @Override
        public boolean ask(Query query) {
            reads++;
            return super.ask(query);
        }

        @Override
        public Model construct(Query query) {
            reads++;
            return super.construct(query);
        }

        @Override
        public void replaceGraphs(Map<String, Model> graphs) {
            written.addAll(graphs.keySet());
            super.replaceGraphs(graphs);
        }
    }

    /** An older importer's store: it keeps no marks. */
    private static final class Unmarked extends ForwardingStore {
        Unmarked(SparqlStore store) {
            super(store);
        }

        @Override
        public boolean markInStep(InStep mark) {
            return false;
        }
    }

    @Test
    void aStartAtTheVersionAnImportMarkedReadsNoRecordAndWritesNothing() {
        try (TdbStore store = TdbStore.inMemory()) {
            new Importer(store, TestData.BASE).importFiles(List.of(BSPA, SEVILLE), o -> { });
            long version = store.version();
            assertEquals(version, store.inStep().orElseThrow().version(), "the import marked the store it left in step");

            Counting counting = new Counting(store);
            assertFalse(new Importer(counting, TestData.BASE).repairUnlessInStep());
            assertEquals(0, counting.reads, "no query at all, so no record read");
            assertEquals(List.of(), counting.written);
            assertEquals(version, store.version());
        }
    }

    @Test
    void aStoreWithoutTheMarkIsRepairedOnceAndThenMarked() {
        try (TdbStore store = TdbStore.inMemory()) {
            new Importer(new Unmarked(store), TestData.BASE).importFiles(List.of(BSPA, SEVILLE), o -> { });
            assertTrue(store.inStep().isEmpty());

            Counting first = new Counting(store);
            assertTrue(new Importer(first, TestData.BASE).repairUnlessInStep());
            assertTrue(first.reads > 0, "the records' localities were read");
            assertTrue(first.written.contains(Ontology.graphIri(TestData.BASE)), "without a mark the ontology is compared");
            assertEquals(store.version(), store.inStep().orElseThrow().version());

            Counting second = new Counting(store);
            assertFalse(new Importer(second, TestData.BASE).repairUnlessInStep());
            assertEquals(0, second.reads);
        }
    }

    @Test
    void aStoreChangedSinceItsMarkIsRepairedWithoutWritingTheOntologyAgain() {
        try (TdbStore store = TdbStore.inMemory()) {
            new Importer(store, TestData.BASE).importFiles(List.of(SEVILLE), o -> { });
            long marked = store.version();
            // A write the derived graphs did not follow (an admin write; an import killed before its gazetteer).
            DatasetGraph admin = store.writableDataset().orElseThrow();
            admin.executeWrite(() -> admin.add(Quad.create(NodeFactory.createURI(TestData.BASE + "graph/practice/0001A1"),
                    NodeFactory.createURI(TestData.BASE + "id/practice/0001A1"), GP.locality.asNode(),
                    NodeFactory.createURI(TestData.BASE + Iris.PLACE + "milan-it"))));
            assertTrue(store.version() > marked);
            assertFalse(inGazetteer(store, "milan-it"));

            Counting start = new Counting(store);
            assertTrue(new Importer(start, TestData.BASE).repairUnlessInStep());
            assertTrue(inGazetteer(store, "milan-it"), "the city the write named is in the gazetteer graph");
            assertFalse(start.written.contains(Ontology.graphIri(TestData.BASE)), "the mark shows the ontology graph untouched");
            assertEquals(store.version(), store.inStep().orElseThrow().version());
        }
    }

    @Test
    void anImportIntoAStoreOutOfStepLeavesTheMarkForTheNextStartToRepair() {
        try (TdbStore store = TdbStore.inMemory()) {
            new Importer(new Unmarked(store), TestData.BASE).importFiles(List.of(SEVILLE), o -> { });
            new Importer(store, TestData.BASE).importFiles(List.of(BSPA), o -> { });
            assertTrue(store.inStep().isEmpty(), "only derived graphs known in step before an import are in step after it");
        }
    }

    private static boolean inGazetteer(SparqlStore store, String slug) {
        return store.ask(QueryFactory.create("ASK { GRAPH <" + Iris.gazetteerGraph(TestData.BASE) + "> { <"
                + TestData.BASE + Iris.PLACE + slug + "> ?p ?o } }"));
    }
}

package org.goodpractice.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index answers for what the store holds after imports, re-imports and writes it was not told about. */
class IndexFollowsTheStoreTest {
    @TempDir
    Path dir;

    @Test
    void anImportedRecordIsFoundAndAReimportReplacesItsText() throws IOException {
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE);
                SearchIndex index = SearchIndex.build(store, TestData.BASE)) {
            SearchEngine engine = new SearchEngine(index);
            Importer importer = new Importer(store, TestData.BASE).onRecordsWritten(index::update);
            int before = total(engine);
            long generation = index.generation();

            assertInstanceOf(ImportOutcome.Imported.class, importer.importFile(annex("Funicular railways for hill towns")));
            assertTrue(index.generation() > generation, "the importer told the index");
            assertEquals(List.of("NEW001"), keys(engine, "funiculars"));
            assertEquals(before + 1, total(engine));

            importer.importFile(annex("Cable cars for hill towns"));
            assertEquals(List.of(), keys(engine, "funiculars"));
            assertEquals(List.of("NEW001"), keys(engine, "cable car"));
            assertEquals(before + 1, total(engine));
        }
    }

    @Test
    void anImportTheIndexWasNotToldAboutIsPickedUpBeforeTheNextSearch() throws IOException {
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE);
                SearchIndex index = SearchIndex.build(store, TestData.BASE)) {
            SearchEngine engine = new SearchEngine(index);
            new Importer(store, TestData.BASE).importFile(annex("Funicular railways for hill towns"));
            assertEquals(List.of("NEW001"), keys(engine, "funicular"));
        }
    }

    @Test
    void aWriteStraightIntoTheDatasetIsPickedUpBeforeTheNextSearch() throws IOException {
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE);
                SearchIndex index = SearchIndex.build(store, TestData.BASE)) {
            SearchEngine engine = new SearchEngine(index);
            int before = total(engine);
            // As the admin endpoint writes: into the TDB2 dataset, not through the store's methods.
            Txn.executeWrite(store.writableDatasetGraph(),
                    () -> store.writableDatasetGraph().removeGraph(NodeFactory.createURI(TestData.BASE + "graph/practice/0412C1")));
            assertEquals(List.of(), keys(engine, "incubator"));
            assertEquals(before - 1, total(engine));
        }
    }

    private Path annex(String title) throws IOException {
        String text = Files.readString(TestData.resource("ingest/bad/valid.txt"))
                .replace("Valid title", title).replace("Index: 0001A1", "Index: NEW001");
        return Files.writeString(dir.resolve("new.txt"), text);
    }

    private static int total(SearchEngine engine) {
        return engine.search(SearchRequest.parse(Map.of())).total();
    }

    private static List<String> keys(SearchEngine engine, String q) {
        return engine.search(SearchRequest.parse(Map.of("q", List.of(q)))).hits().stream().map(Hit::key).toList();
    }
}

package org.goodpractice.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk survives restarts and catches up with what changed while it was closed, and only that. */
class PersistentIndexTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aRecordImportedWhileTheIndexWasClosedIsFoundAfterRestartAndNothingElseIsReindexed() throws Exception {
        Path storeDir = dir.resolve("store");
        Path indexDir = dir.resolve("store-index");
        int records;
        try (TdbStore store = TdbStore.open(storeDir)) {
            new Importer(store, TestData.BASE).importFiles(Importer.expand(List.of(TestData.sampleData())), o -> { });
            try (SearchIndex index = SearchIndex.open(store, TestData.BASE, indexDir)) {
                assertTrue(index.awaitCurrent(DEADLINE), "the first start builds the index");
                records = total(index);
                assertEquals(records, index.documentsWritten(), "a missing index is built from every record");
            }
            assertInstanceOf(ImportOutcome.Imported.class,
                    new Importer(store, TestData.BASE).importFile(annex("Funicular railways for hill towns")));
        }
        try (TdbStore store = TdbStore.open(storeDir);
                SearchIndex index = SearchIndex.open(store, TestData.BASE, indexDir)) {
            assertTrue(index.awaitCurrent(DEADLINE));
            assertEquals(List.of("NEW001"), keys(index, "funicular"));
            assertEquals(records + 1, total(index));
            assertEquals(1, index.documentsWritten(), "only the new record is indexed again");
        }
        try (TdbStore store = TdbStore.open(storeDir);
                SearchIndex index = SearchIndex.open(store, TestData.BASE, indexDir)) {
            assertTrue(index.awaitCurrent(DEADLINE));
            assertEquals(0, index.documentsWritten(), "a restart without changes indexes nothing");
            assertEquals(records + 1, total(index));
        }
    }

    @Test
    void importingAnUnchangedFileWritesNothing() throws Exception {
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE)) {
            long version = store.version();
            new Importer(store, TestData.BASE).importFiles(Importer.expand(List.of(TestData.sampleData().resolve("annex"))), o -> { });
            assertEquals(version, store.version(), "ontology, gazetteer and links are not rewritten: " + store.changesSince(version));
        }
    }

    private Path annex(String title) throws IOException {
        String text = Files.readString(TestData.resource("ingest/bad/valid.txt"))
                .replace("Valid title", title).replace("Index: 0001A1", "Index: NEW001");
        return Files.writeString(dir.resolve("new.txt"), text);
    }

    private static int total(SearchIndex index) {
        return new SearchEngine(index).search(SearchRequest.parse(Map.of())).total();
    }

    private static List<String> keys(SearchIndex index, String q) {
        return new SearchEngine(index).search(SearchRequest.parse(Map.of("q", List.of(q)))).hits().stream().map(Hit::key).toList();
    }
}

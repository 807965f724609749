package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids are readable in any script, and two different files never silently share one ({@code ingest/ids/}). */
class RecordIdsTest {
    @TempDir
    Path dir;

    @Test
    void greekAndBulgarianHeadlinesGetDistinctReadableIds() {
        try (TdbStore store = TdbStore.inMemory()) {
            List<ImportOutcome> outcomes = new Importer(store, TestData.BASE).importFiles(
                    List.of(TestData.resource("ingest/ids/greek.txt"), TestData.resource("ingest/ids/bulgarian.txt")), o -> { });

            assertEquals("kainotomia-sten-athena", assertInstanceOf(Imported.class, outcomes.get(0)).id());
            assertEquals("inovacii-v-sofia", assertInstanceOf(Imported.class, outcomes.get(1)).id());
        }
    }

    @Test
    void headlinesDifferingOnlyInPunctuationDoNotOverwriteEachOtherInOneRun() {
        try (TdbStore store = TdbStore.inMemory()) {
            List<ImportOutcome> outcomes = new Importer(store, TestData.BASE).importFiles(List.of(
                    TestData.resource("ingest/ids/smart-cities-colon.txt"), TestData.resource("ingest/ids/smart-cities-dash.txt")),
                    o -> { });

            assertEquals("smart-cities-a-guide", assertInstanceOf(Imported.class, outcomes.get(0)).id());
            RecordException refused = assertInstanceOf(Failed.class, outcomes.get(1)).error();
            assertEquals("Headline", refused.field());
            assertTrue(refused.problem().contains("\"smart-cities-a-guide\", which the record from \"smart-cities-colon.txt\""),
                    refused.problem());
            assertTrue(TestData.snapshot(store).stream().anyMatch(q -> q.contains("Smart cities: a guide")),
                    "the first article stays");
            assertTrue(TestData.snapshot(store).stream().noneMatch(q -> q.contains("differs only in punctuation")));
        }
    }

    @Test
    void anIndexTheStoreHoldsFromAnotherFileIsRefusedInALaterRun() throws IOException {
        try (TdbStore store = TdbStore.inMemory()) {
            new Importer(store, TestData.BASE).importFiles(List.of(TestData.resource("ingest/bad/valid.txt")), o -> { });
            List<String> before = TestData.snapshot(store);
            Path other = Files.writeString(dir.resolve("other.txt"),
                    Files.readString(TestData.resource("ingest/bad/valid.txt")).replace("Valid title", "Another practice"));

            RecordException refused = assertInstanceOf(Failed.class, new Importer(store, TestData.BASE).importFile(other)).error();

            assertEquals("Index", refused.field());
            assertTrue(refused.problem().contains("which the record from \"valid.txt\" already has"), refused.problem());
            assertEquals(before, TestData.snapshot(store));
        }
    }

    @Test
    void aUtf16FileWithItsByteOrderMarkIsRead() throws IOException {
        String text = Files.readString(TestData.resource("ingest/bad/valid.txt"));
        Path le = Files.write(dir.resolve("le.txt"), bytes("\uFEFF" + text, "UTF-16LE"));
        Path be = Files.write(dir.resolve("be.txt"), bytes("\uFEFF" + text, "UTF-16BE"));

        assertEquals(SourceText.read(TestData.resource("ingest/bad/valid.txt")).lines(), SourceText.read(le).lines());
        assertEquals(SourceText.read(le).lines(), SourceText.read(be).lines());
        assertEquals("0001A1", new RecordChecker(TestData.BASE).check(le).id());
    }

    private static byte[] bytes(String text, String charset) throws IOException {
        return text.getBytes(charset);
    }
}

package org.goodpractice.ingest.interregeurope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.RecordChecker;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Malformed Interreg Europe practices ({@code ingest/interreg-europe-bad/}, each the valid one with
 * one fault) are refused by import and validate alike, naming file, line and field, and write nothing.
 */
class BadPlatformPracticeTest {
    private static Path bad(String file) {
        return TestData.resource("ingest/interreg-europe-bad/" + file);
    }

    @ParameterizedTest(name = "{0}: {1} on line {2}")
    @CsvSource(delimiter = '|', textBlock = """
            no-title.txt         | Title      | 1  | missing: the first line must be the practice's title
            unknown-topic.txt    | Topic      | 19 | unknown Interreg Europe topic "Tourism and culture"
            end-before-start.txt | End date   | 16 | cannot end (02/2015) before it starts (04/2016)
            impossible-day.txt   | Start date | 15 | "31/02/2020" is not a real calendar date
            impossible-month.txt | Start date | 15 | "13/2019" is not a real calendar date
            unknown-country.txt  | Country    | 10 | unknown country "Atlantis"
            bad-identifier.txt   | Identifier | 21 | "not an id!" is not an identifier
            """)
    void malformedPracticeIsRefusedNamingFileLineAndFieldAndStoreIsUnchanged(
            String file, String field, int line, String problem) {
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, TestData.BASE);
            assertInstanceOf(Imported.class, importer.importFiles(List.of(bad("valid.txt")), o -> { }).get(0));
            List<String> before = TestData.snapshot(store);

            RecordException error = assertInstanceOf(Failed.class, importer.importFile(bad(file))).error();

            assertEquals(field, error.field(), error.getMessage());
            assertEquals(line, error.line(), error.getMessage());
            assertTrue(error.getMessage().startsWith(bad(file) + ":" + line + ": " + field + ": "), error.getMessage());
            assertTrue(error.problem().contains(problem), error.problem());
            assertEquals(before, TestData.snapshot(store), "a refused record must not change the store");
            RecordException checked = assertThrows(RecordException.class, () -> new RecordChecker(TestData.BASE).check(bad(file)));
            assertEquals(error.getMessage(), checked.getMessage(), "validate says what import says");
        }
    }

    @Test
    void aGoodPracticeBesideABadOneStillImports() {
        try (TdbStore store = TdbStore.inMemory()) {
            List<ImportOutcome> outcomes = new Importer(store, TestData.BASE)
                    .importFiles(List.of(bad("unknown-country.txt"), bad("valid.txt")), o -> { });

            assertInstanceOf(Failed.class, outcomes.get(0));
            assertEquals("cluster-management-excellence-in-the-danube-region",
                    assertInstanceOf(Imported.class, outcomes.get(1)).id());
        }
    }

    @Test
    void aSecondFileWithTheSameTitleGetsAnIdOfItsOwnAndKeepsItOnReimport() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("same-title");
        Path copy = java.nio.file.Files.writeString(dir.resolve("copy.txt"),
                java.nio.file.Files.readString(bad("valid.txt")).replace("04/2016", "05/2016"));
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, TestData.BASE);
            importer.importFiles(List.of(bad("valid.txt")), o -> { });

            Imported second = assertInstanceOf(Imported.class, importer.importFile(copy));
            java.nio.file.Files.writeString(copy, java.nio.file.Files.readString(copy).replace("05/2016", "06/2016"));
            Imported again = assertInstanceOf(Imported.class, importer.importFile(copy));

            assertEquals("cluster-management-excellence-in-the-danube-region-2", second.id());
            assertEquals(second.id(), again.id(), "re-importing a changed file keeps its identifier");
        }
    }

    /**
     * A practice edited on the web keeps its identifier (an annex's Index) under "Identifier"; only a
     * write that replaces that record may take it from the file that holds it.
     */
    @Test
    void aGivenIdentifierIsKeptAndOnlyAReplacingImportTakesItFromItsFile() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("identifier");
        Path edit = java.nio.file.Files.writeString(dir.resolve("edit-0557C2.txt"),
                java.nio.file.Files.readString(bad("valid.txt")) + "\nIdentifier: 0557C2\n");
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE)) {
            Importer importer = new Importer(store, TestData.BASE);
            RecordException taken = assertInstanceOf(Failed.class, importer.importFile(edit)).error();
            assertTrue(taken.problem().contains("which the record from \"0557C2.txt\" already has"), taken.problem());

            Imported replaced = assertInstanceOf(Imported.class,
                    importer.publishReplacing(edit, "interreg-europe",
                            new org.goodpractice.history.History.Change("rita", "an edit", java.time.Instant.now()),
                            TestData.BASE + "graph/practice/0557C2"));
            assertEquals("0557C2", replaced.id());
            assertEquals(TestData.BASE + "graph/practice/0557C2", replaced.graph());
        }
    }
}

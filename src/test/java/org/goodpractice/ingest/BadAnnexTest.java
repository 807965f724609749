package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed annexes are refused with a message naming file, line and field, and write nothing. */
class BadAnnexTest {

    @ParameterizedTest(name = "{0}: {1} on line {2}")
    @CsvSource(delimiter = '|', textBlock = """
            no-index.txt                | Index      | 3 | missing
            impossible-date.txt         | Start      | 9 | "31-02-2009" is not a real calendar date
            wrong-date-format.txt       | Start      | 9 | not a date written dd-mm-yyyy
            unknown-priority-number.txt | Priority   | 6 | unknown priority number 3
            unknown-priority-label.txt  | Priority   | 6 | unknown priority "Tourism and leisure"
            no-title.txt                | Title      | 1 | missing
            unknown-sub-theme.txt       | Sub Theme  | 7 | unknown sub-theme "Space exploration"
            end-before-start.txt        | End        | 10 | cannot end
            invalid-index.txt           | Index      | 5 | is not a valid index
            """)
    void malformedRecordIsRefusedNamingFileLineAndFieldAndStoreIsUnchanged(
            String file, String field, int line, String problem) {
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, TestData.BASE);
            importer.importFiles(List.of(TestData.resource("ingest/bad/valid.txt")), o -> { });
            List<String> before = TestData.snapshot(store);

            ImportOutcome outcome = importer.importFile(TestData.resource("ingest/bad/" + file));

            RecordException error = assertInstanceOf(Failed.class, outcome).error();
            assertEquals(field, error.field());
            assertEquals(line, error.line());
            assertTrue(error.getMessage().contains(file + ":" + line + ": " + field + ": "), error.getMessage());
            assertTrue(error.problem().contains(problem), error.problem());
            assertEquals(before, TestData.snapshot(store), "a refused record must not change the store");
        }
    }

    @Test
    void goodRecordsBesideABadOneStillImport() {
        try (TdbStore store = TdbStore.inMemory()) {
            List<Path> files = List.of(TestData.resource("ingest/bad/no-index.txt"),
                    TestData.resource("ingest/bad/valid.txt"), TestData.resource("ingest/annex/bspa/input.txt"));

            List<ImportOutcome> outcomes = new Importer(store, TestData.BASE).importFiles(files, o -> { });

            assertInstanceOf(Failed.class, outcomes.get(0));
            assertEquals("0001A1", assertInstanceOf(Imported.class, outcomes.get(1)).id());
            assertEquals("0557C2", assertInstanceOf(Imported.class, outcomes.get(2)).id());
        }
    }
}

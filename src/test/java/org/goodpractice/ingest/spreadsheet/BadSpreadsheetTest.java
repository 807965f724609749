package org.goodpractice.ingest.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.ingest.ImportOutcome.Unchanged;
import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.RecordChecker;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Malformed spreadsheets ({@code ingest/spreadsheet-bad/}): a bad row (line 3, between two good
 * ones) is refused alone naming file, line and column, by import and validate alike, and nothing
 * of it is written while the good rows import; a bad file is refused whole and changes nothing.
 */
class BadSpreadsheetTest {
    private static final List<String> GOOD = List.of("cluster-management-in-the-danube-region", "heat-pumps-for-social-housing");

    @TempDir
    Path dir;

    private static Path bad(String file) {
        return TestData.resource("ingest/spreadsheet-bad/" + file);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-topic.csv    | topics     | unknown Interreg Europe topic "Tourism and culture"
            end-before-start.csv | end_date   | the practice cannot end (2015-02) before it starts (2016-04)
            impossible-day.csv   | start_date | "31/02/2020" is not a real calendar date
            impossible-month.csv | start_date | "13/2019" is not a real calendar date
            unknown-country.csv  | country    | unknown country "Atlantis"
            too-many-cells.csv   | row        | has 8 cells but the header names 7 columns
            """)
    void aBadRowIsRefusedAloneNamingFileLineAndColumnAndTheGoodRowsImport(String file, String column, String problem) {
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, TestData.BASE);
            List<ImportOutcome> outcomes = importer.importFiles(List.of(bad(file)), o -> { });

            assertEquals(3, outcomes.size(), outcomes.toString());
            assertEquals(GOOD.get(0), assertInstanceOf(Imported.class, outcomes.get(0)).id());
            RecordException error = assertInstanceOf(Failed.class, outcomes.get(1)).error();
            assertEquals(GOOD.get(1), assertInstanceOf(Imported.class, outcomes.get(2)).id());
            assertTrue(error.getMessage().startsWith(bad(file) + ":3: " + column + ": "), error.getMessage());
            assertTrue(error.problem().contains(problem), error.problem());
            assertEquals(GOOD, practiceIds(store), "only the good rows are written");
            assertFalse(TestData.snapshot(store).stream().anyMatch(q -> q.contains("Festival towns")
                    || q.contains("festival-towns")), "nothing of the refused row is written");

            List<String> before = TestData.snapshot(store);
            List<ImportOutcome> again = importer.importFiles(List.of(bad(file)), o -> { });
            assertInstanceOf(Unchanged.class, again.get(0));
            assertEquals(error.getMessage(), assertInstanceOf(Failed.class, again.get(1)).error().getMessage(),
                    "an unchanged file is checked again, so its bad row is reported again");
            assertInstanceOf(Unchanged.class, again.get(2));
            assertEquals(before, TestData.snapshot(store), "importing the unchanged file again changes nothing");

            List<RecordChecker.Result> checked = new RecordChecker(TestData.BASE).checkEach(SourceText.read(bad(file)), g -> false);
            assertEquals(error.getMessage(), assertInstanceOf(RecordChecker.Refused.class, checked.get(1)).error().getMessage(),
                    "validate says what import says");
        }
    }

    @Test
    void aSpreadsheetWithoutATitleColumnIsRefusedWholeNamingTheHeaderAndChangesNothing() {
        RecordException error = refusedWhole(bad("no-title-column.csv"));
        assertTrue(error.getMessage().startsWith(bad("no-title-column.csv") + ":1: title: column is missing from the header"),
                error.getMessage());
    }

    @Test
    void aSpreadsheetWithAHeaderAndNoRowsIsRefused() {
        RecordException error = refusedWhole(bad("header-only.csv"));
        assertTrue(error.getMessage().startsWith(bad("header-only.csv") + ": has a header but no rows"), error.getMessage());
    }

    @Test
    void anEmptySheetIsRefused() {
        Path empty = Workbooks.write(dir.resolve("empty.xlsx"), List.of());
        RecordException error = refusedWhole(empty);
        assertTrue(error.getMessage().startsWith(empty + ": is empty; expected a header line"), error.getMessage());
    }

    @Test
    void anXlsxThatIsAZipOfSomethingElseIsRefused() throws IOException {
        Path zip = dir.resolve("practices.xlsx");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("notes.txt"));
            z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        RecordException error = refusedWhole(zip);
        assertTrue(error.getMessage().startsWith(zip + ": is not an Excel workbook ("), error.getMessage());
        assertTrue(error.getMessage().endsWith("save the spreadsheet as .xlsx or as CSV (UTF-8) and import it again"),
                error.getMessage());
    }

    @Test
    void aBadRowOfAWorkbookIsRefusedByItsSheetAndRowNumber() {
        Path xlsx = Workbooks.write(dir.resolve("partners.xlsx"), Workbooks.csvRows(bad("unknown-country.csv")));
        try (TdbStore store = TdbStore.inMemory()) {
            List<ImportOutcome> outcomes = new Importer(store, TestData.BASE).importFiles(List.of(xlsx), o -> { });

            RecordException error = assertInstanceOf(Failed.class, outcomes.get(1)).error();
            assertTrue(error.getMessage().startsWith(xlsx + ": sheet \"practices\" row 3: country: unknown country \"Atlantis\""),
                    error.getMessage());
            assertEquals(GOOD, practiceIds(store));
        }
    }

    /** Imports the good spreadsheet, then {@code file}: one outcome, refused, and the store as it was. */
    private static RecordException refusedWhole(Path file) {
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, TestData.BASE);
            importer.importFiles(List.of(bad("valid.csv")), o -> { });
            List<String> before = TestData.snapshot(store);

            List<ImportOutcome> outcomes = importer.importFiles(List.of(file), o -> { });

            assertEquals(1, outcomes.size(), outcomes.toString());
            assertEquals(before, TestData.snapshot(store), "a refused file must not change the store");
            return assertInstanceOf(Failed.class, outcomes.get(0)).error();
        }
    }

    private static List<String> practiceIds(TdbStore store) {
        return store.select(org.apache.jena.query.QueryFactory.create(
                "SELECT ?id WHERE { GRAPH ?g { ?p a <https://w3id.org/goodpractice/ns#GoodPractice> ; "
                        + "<http://purl.org/dc/terms/identifier> ?id } } ORDER BY ?id"),
                rs -> {
                    List<String> ids = new java.util.ArrayList<>();
                    rs.forEachRemaining(r -> ids.add(r.getLiteral("id").getString()));
                    return ids;
                });
    }
}

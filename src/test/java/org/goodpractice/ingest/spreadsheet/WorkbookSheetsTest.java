package org.goodpractice.ingest.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sheet of a workbook that has the template's header is read, in the workbook's order: a bad row of
 * the second sheet is refused alone, naming its sheet and row, while the good rows of both import; ids are
 * minted unique across sheets and the same on every import; a sheet without the header is skipped with a
 * warning naming it.
 */
class WorkbookSheetsTest {
    private static final List<String> HEADER = List.of("title", "programme", "country", "city", "start_date", "end_date", "topics");

    @TempDir
    Path dir;

    private static List<String> row(String title, String country, String city) {
        return List.of(title, "Interreg Europe", country, city, "2016-04", "2019-12", "Greener Europe");
    }

    /** Sheets "Partners" (two practices) and "Second call" (one, the refused "Festival towns", then one titled as Partners' first). */
    private Path workbook() {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Partners", List.of(HEADER, row("Heat pumps for social housing", "Slovenia", "Ljubljana"),
                row("Cluster management in the Danube region", "Austria", "Vienna")));
        sheets.put("Notes", List.of(List.of("Sent by the lead partner, March 2024"), List.of("Two calls so far")));
        sheets.put("Empty", List.of());
        sheets.put("Second call", List.of(HEADER, row("Bike lanes for small towns", "Italy", "Bologna"),
                row("Festival towns", "Atlantis", "Bologna"), row("Heat pumps for social housing", "Austria", "Graz")));
        return Workbooks.write(dir.resolve("partners.xlsx"), sheets);
    }

    @Test
    void theGoodRowsOfEverySheetImportAndABadRowOfTheSecondIsRefusedAloneNamingItsSheet() {
        Path xlsx = workbook();
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, TestData.BASE);
            List<ImportOutcome> outcomes = importer.importFiles(List.of(xlsx), o -> { });

            assertEquals(5, outcomes.size(), outcomes.toString());
            List<String> ids = List.of("heat-pumps-for-social-housing", "cluster-management-in-the-danube-region",
                    "bike-lanes-for-small-towns", "heat-pumps-for-social-housing-2");
            assertEquals(ids.subList(0, 3), outcomes.subList(0, 3).stream().map(o -> assertInstanceOf(Imported.class, o).id()).toList());
            RecordException error = assertInstanceOf(Failed.class, outcomes.get(3)).error();
            assertTrue(error.getMessage().startsWith(xlsx + ": sheet \"Second call\" row 3: country: unknown country \"Atlantis\""),
                    error.getMessage());
            assertEquals(ids.get(3), assertInstanceOf(Imported.class, outcomes.get(4)).id(), "an id minted unique across sheets");
            assertTrue(TestData.snapshot(store).stream().noneMatch(q -> q.contains("Festival towns")), "nothing of the refused row");
            List<String> warnings = ((Imported) outcomes.get(0)).warnings();
            assertEquals(1, warnings.stream().filter(w -> w.startsWith("Sheet skipped: \"Notes\" has no header row")).count(),
                    warnings.toString());

            List<ImportOutcome> again = importer.importFiles(List.of(xlsx), o -> { });
            assertEquals(List.of(Unchanged.class, Unchanged.class, Unchanged.class, Failed.class, Unchanged.class),
                    again.stream().map(Object::getClass).toList(), "the same ids on every import");
            assertEquals(error.getMessage(), ((Failed) again.get(3)).error().getMessage());

            List<RecordChecker.Result> checked = new RecordChecker(TestData.BASE).checkEach(SourceText.read(xlsx), g -> false);
            assertEquals(error.getMessage(), assertInstanceOf(RecordChecker.Refused.class, checked.get(3)).error().getMessage(),
                    "validate says what import says");
            assertEquals(ids.get(3), assertInstanceOf(RecordChecker.Checked.class, checked.get(4)).id());
            assertEquals("sheet \"Second call\" row 4", ((RecordChecker.Checked) checked.get(4)).where());
        }
    }

    @Test
    void rowsOfEachSheetAreNamedByTheirSheetAndRowAndKeptApart() throws Exception {
        Path xlsx = workbook();
        CsvRows.Read read = WorkbookRows.read(xlsx, Files.readAllBytes(xlsx));

        assertEquals(List.of("sheet \"Partners\" row 2", "sheet \"Partners\" row 3", "sheet \"Second call\" row 2",
                "sheet \"Second call\" row 3", "sheet \"Second call\" row 4"), read.rows().stream().map(SpreadsheetRow::describe).toList());
        assertEquals(5, read.rows().stream().mapToInt(SpreadsheetRow::line).distinct().count(), "one place per row");
        assertEquals(1, read.warnings().size(), "the empty sheet is skipped without a word: " + read.warnings());
    }

    @Test
    void anIndexGivenInTwoSheetsIsRefusedNamingTheEarlierSheetsRow() {
        List<String> header = List.of("index", "title", "country");
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("A", List.of(header, List.of("0557C2", "Bike lanes", "Italy")));
        sheets.put("B", List.of(header, List.of("0557C2", "Heat pumps", "Austria")));
        Path xlsx = Workbooks.write(dir.resolve("indexed.xlsx"), sheets);

        List<RecordChecker.Result> checked = new RecordChecker(TestData.BASE).checkEach(SourceText.read(xlsx), g -> false);

        RecordException error = assertInstanceOf(RecordChecker.Refused.class, checked.get(1)).error();
        assertTrue(error.getMessage().startsWith(xlsx + ": sheet \"B\" row 2: index: \"0557C2\" is also the identifier of the "
                + "practice on sheet \"A\" row 2"), error.getMessage());
    }

    @Test
    void aWorkbookWithoutAHeaderInAnySheetIsRefusedWithTheFirstSheetsProblem() {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Notes", List.of(List.of("Name", "Country")));
        sheets.put("More notes", List.of(List.of("Sent in March")));
        Path xlsx = Workbooks.write(dir.resolve("notes.xlsx"), sheets);

        RecordException error = assertThrows(RecordException.class,
                () -> new RecordChecker(TestData.BASE).checkEach(SourceText.read(xlsx), g -> false));

        assertTrue(error.getMessage().startsWith(xlsx + ": sheet \"Notes\" row 1: name: is not a column of the template"),
                error.getMessage());
    }
}

package org.goodpractice.ingest.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.goodpractice.ingest.RecordException;
import org.junit.jupiter.api.Test;

class CsvRowsTest {
    private static final Path FILE = Path.of("partners.csv");

    @Test
    void readsCommaRowsWithTheirLinesAcrossMultiLineCells() {
        CsvRows.Read read = CsvRows.read(FILE, "\uFEFFTitle,Country,Description\n"
                + "First,FR,\"one\nand two\"\n"
                + "Second,Italy,plain\n");
        List<SpreadsheetRow> rows = read.rows();
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("one\nand two", rows.get(0).cell("description"));
        assertEquals(4, rows.get(1).line());
        assertEquals("Italy", rows.get(1).cell("country"));
        assertEquals("", rows.get(1).cell("region"));
    }

    @Test
    void readsSemicolonRows() {
        CsvRows.Read read = CsvRows.read(FILE, "title;topics\r\nA;energy, transport\r\n");
        assertEquals("energy, transport", read.rows().get(0).cell("topics"));
    }

    @Test
    void refusesARowWithTooManyCellsAloneNamingItsLine() {
        CsvRows.Read read = CsvRows.read(FILE, "title,country\nA,FR\nB,FR,extra\nC,DE\n");
        assertEquals(List.of(2, 4), read.rows().stream().map(SpreadsheetRow::line).toList());
        RecordException refused = read.refused().get(0);
        assertEquals(3, refused.line());
        assertTrue(refused.getMessage().startsWith("partners.csv:3: row: has 3 cells"),
                refused.getMessage());
    }

    @Test
    void refusesAHeaderWithoutTitle() {
        RecordException e = assertThrows(RecordException.class,
                () -> CsvRows.read(FILE, "country,city\nFR,Lyon\n"));
        assertEquals(1, e.line());
        assertEquals("title", e.field());
    }

    @Test
    void refusesAnUnknownColumnAndAnEmptySheet() {
        RecordException unknown = assertThrows(RecordException.class,
                () -> CsvRows.read(FILE, "title,colour\nA,red\n"));
        assertEquals("colour", unknown.field());
        RecordException empty = assertThrows(RecordException.class,
                () -> CsvRows.read(FILE, "\uFEFF\n"));
        assertTrue(empty.getMessage().contains("is empty"), empty.getMessage());
    }

    @Test
    void theTemplateNamesEveryColumnAndItsExampleRowReads() throws Exception {
        String template;
        try (var in = CsvRows.class.getResourceAsStream("/spreadsheet/practices.csv")) {
            template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(String.join(",", CsvRows.COLUMNS), template.lines().findFirst().orElseThrow());
        CsvRows.Read read = CsvRows.read(Path.of("practices.csv"), template);
        assertEquals(List.of(), read.refused());
        assertEquals(CsvRows.COLUMNS.size(), read.rows().get(0).cells().size());
    }
}

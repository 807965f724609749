package org.goodpractice.ingest.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Cells of a workbook read as a partner sees them, with dates as yyyy-mm-dd and rows by the sheet's numbers. */
class WorkbookRowsTest {
    @Test
    void numbersDatesAndFormulasReadAsTheSheetShowsThemWithDatesInIsoForm() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("practices");
            Row header = sheet.createRow(0);
            List<String> names = List.of("Index", "Title", "Start_Date", "End_Date");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(7);
            row.createCell(1).setCellFormula("\"Bike\"&\" lanes\"");
            Cell start = row.createCell(2);
            start.setCellValue(LocalDate.of(2019, 3, 15));
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            start.setCellStyle(day);
            row.createCell(3).setCellValue(2021);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(bytes);
        }

        CsvRows.Read read = WorkbookRows.read(Path.of("partners.xlsx"), bytes.toByteArray());

        SpreadsheetRow only = read.rows().get(0);
        assertEquals(3, only.line(), "the sheet's row number, the header being row 1");
        assertEquals("7", only.cell("index"));
        assertEquals("Bike lanes", only.cell("title"));
        assertEquals("2019-03-15", only.cell("start_date"));
        assertEquals("2021", only.cell("end_date"));
    }
}

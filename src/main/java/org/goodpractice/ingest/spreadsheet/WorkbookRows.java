package org.goodpractice.ingest.spreadsheet;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goodpractice.ingest.RecordException;

/**
 * Reads the rows of a practice spreadsheet saved as an Excel workbook ({@code .xlsx}, with Apache
 * POI): the first sheet, its first row the header, as {@link CsvRows} reads a CSV file. Cells are
 * read as the sheet shows them, except that a cell formatted as a date becomes {@code yyyy-mm-dd}
 * and a formula its last computed value. Row numbers are the sheet's, the header being row 1.
 *
 * <pre>
 * CsvRows.Read read = WorkbookRows.read(file, source.workbook());
 * </pre>
 */
public final class WorkbookRows {
    private WorkbookRows() {
    }

    /** The data rows of the workbook {@code bytes}, read from {@code file}; refused as a whole when it is no workbook. */
    public static CsvRows.Read read(Path file, byte[] bytes) {
        requireNonNull(file, "file");
        requireNonNull(bytes, "bytes");
        try (Workbook workbook = open(file, bytes)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw CsvRows.empty(file);
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(sheet.getFirstRowNum());
            if (first == null || cells(first).isEmpty()) {
                throw CsvRows.empty(file);
            }
            if (first.getRowNum() != 0) {
                throw new RecordException(file, 1, null, "is empty; the header must be the first row of the first "
                        + "sheet, not row " + (first.getRowNum() + 1));
            }
            CsvRows.Collector rows = new CsvRows.Collector(file, CsvRows.header(file, cells(first)));
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.add(row.getRowNum() + 1, cells(row));
                }
            }
            return rows.read();
        } catch (IOException e) {
            throw RecordException.ofFile(file, "cannot be read as a workbook (" + e.getMessage() + ")");
        }
    }

    private static Workbook open(Path file, byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI says why (not a zip, a zip without a workbook, an old .xls…), in the innermost of its wrapped exceptions.
            Throwable reason = e;
            while (reason.getCause() != null && reason.getCause().getMessage() != null) {
                reason = reason.getCause();
            }
            throw RecordException.ofFile(file, "is not an Excel workbook (" + String.valueOf(reason.getMessage()).strip()
                    + "); save the spreadsheet as .xlsx or as CSV (UTF-8) and import it again");
        }
    }

    /** The row's cells as text, up to its last cell that is not blank. */
    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            cells.add(text(formatter, row.getCell(i)));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static String text(DataFormatter formatter, Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}

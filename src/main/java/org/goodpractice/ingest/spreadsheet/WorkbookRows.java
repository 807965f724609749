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
 * POI), as {@link CsvRows} reads a CSV file: every sheet whose first row is the template's header, in
 * the workbook's order. A sheet with something else in its first row (notes, a chart's data) is skipped
 * with a warning naming it, an empty sheet silently; when no sheet has the header the file is refused with
 * the first sheet's problem. Cells are read as the sheet shows them, except that a cell formatted as a date
 * becomes {@code yyyy-mm-dd} and a formula its last computed value. A row is named by its sheet and the
 * sheet's row number, the header being row 1: {@code partners.xlsx: sheet "Partners" row 3: country: …}.
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
            CsvRows.Collector rows = null;
            RecordException firstProblem = null;
            List<String> warnings = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Sheet sheet = workbook.getSheetAt(i);
                Row first = firstRow(sheet);
                if (first == null) {
                    continue; // nothing in it to skip
                }
                List<String> header;
                try {
                    header = header(file, sheet, first);
                } catch (RecordException e) {
                    firstProblem = firstProblem == null ? e : firstProblem;
                    warnings.add("Sheet skipped: " + RecordException.shown(sheet.getSheetName())
                            + " has no header row of the template (" + (e.field() == null ? "" : e.field() + ": ") + e.problem() + ")");
                    continue;
                }
                rows = rows == null ? new CsvRows.Collector(file, header) : rows;
                rows.sheet(i, sheet.getSheetName(), header);
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        rows.add(row.getRowNum() + 1, cells(row));
                    }
                }
            }
            if (rows == null) {
                throw firstProblem != null ? firstProblem : CsvRows.empty(file);
            }
            return rows.read().warn(warnings);
        } catch (IOException e) {
            throw RecordException.ofFile(file, "cannot be read as a workbook (" + e.getMessage() + ")");
        }
    }

    /** The sheet's first row that has a cell that is not blank, or null. */
    private static Row firstRow(Sheet sheet) {
        for (Row row : sheet) {
            if (!cells(row).isEmpty()) {
                return row;
            }
        }
        return null;
    }

    /** The columns the sheet's first row names, refusing it (naming the sheet) when it is not the template's header. */
    private static List<String> header(Path file, Sheet sheet, Row first) {
        String where = CsvRows.Collector.place(sheet.getSheetName(), 1);
        if (first.getRowNum() != 0) {
            throw new RecordException(file, 1, null, "is empty; the header must be the first row of the sheet, not row "
                    + (first.getRowNum() + 1)).at(where);
        }
        try {
            return CsvRows.header(file, cells(first));
        } catch (RecordException e) {
            throw e.at(where);
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

package org.goodpractice.ingest.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks the spreadsheet tests build with POI, so that no binary fixture is committed. */
final class Workbooks {
    private Workbooks() {
    }

    /** Writes {@code rows} (the header first) as the sheet "practices" of an .xlsx workbook at {@code file}, every cell text. */
    static Path write(Path file, List<List<String>> rows) {
        return write(file, Map.of("practices", rows));
    }

    /** Writes an .xlsx workbook at {@code file} with a sheet of each name and rows, in the map's order, every cell text. */
    static Path write(Path file, Map<String, List<List<String>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            });
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a CSV fixture as cells, read with commons-csv as the importer reads it. */
    static List<List<String>> csvRows(Path csv) {
        try {
            String text = Files.readString(csv);
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            char delimiter = body.lines().findFirst().orElse("").contains(";") ? ';' : ',';
            try (var parser = org.apache.commons.csv.CSVParser.parse(body,
                    org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
                return parser.getRecords().stream().map(r -> r.toList()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

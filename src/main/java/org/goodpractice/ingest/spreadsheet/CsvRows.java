package org.goodpractice.ingest.spreadsheet;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.goodpractice.ingest.RecordException;

/**
 * Reads the rows of a practice spreadsheet saved as CSV: comma or semicolon separated (whichever
 * the header uses), a leading byte order mark ignored, quoted cells may span lines. Header names
 * are matched case-insensitively against {@link #COLUMNS}.
 * <pre>
 * CsvRows.Read read = CsvRows.read(file, text);
 * read.rows().forEach(row -&gt; ...);     // good rows, each with its line
 * read.refused().forEach(e -&gt; ...);    // rows refused alone, as file:line: column: problem
 * </pre>
 */
public final class CsvRows {
    /** The template's columns, in the template's order. */
    public static final List<String> COLUMNS = List.of("index", "title", "programme", "theme",
            "country", "region", "city", "start_date", "end_date", "topics", "description",
            "evidence", "contact_person", "contact_organisation", "website");
    /** Most data rows one file may hold; a bigger file is refused as a whole, not truncated. */
    public static final int MAX_ROWS = 5_000;

    private static final Set<String> REQUIRED = Set.of("title");

    /** The rows read, and the rows refused alone (each naming its line). */
    public record Read(List<SpreadsheetRow> rows, List<RecordException> refused) {
        public Read {
            rows = List.copyOf(rows);
            refused = List.copyOf(refused);
        }
    }

    private CsvRows() {
    }

    /**
     * The data rows of {@code text}, read from {@code file}. A problem with the header, or more
     * than {@link #MAX_ROWS} rows, refuses the file; a row with more cells than the header names
     * is refused alone and the other rows are still read.
     */
    public static Read read(Path file, String text) {
        requireNonNull(file, "file");
        requireNonNull(text, "text");
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw RecordException.ofFile(file, "is empty; expected a header line naming columns "
                    + "such as title, country, start_date");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(body))
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            int[] starts = lineStarts(body);
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = header(file, records.next());
            List<SpreadsheetRow> rows = new ArrayList<>();
            List<RecordException> refused = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = lineOf(starts, record.getCharacterPosition());
                if (rows.size() + refused.size() == MAX_ROWS) {
                    throw RecordException.ofFile(file, "has more than " + MAX_ROWS
                            + " rows; split it into several files");
                }
                if (record.size() > header.size()) {
                    refused.add(new RecordException(file, line, "row", "has " + record.size()
                            + " cells but the header names " + header.size() + " columns"));
                    continue;
                }
                SpreadsheetRow row = row(line, header, record);
                if (!row.cells().isEmpty()) {
                    rows.add(row);
                }
            }
            return new Read(rows, refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw RecordException.ofFile(file, "is not readable CSV (" + e.getMessage() + ")");
        }
    }

    private static char delimiter(String body) {
        int end = body.indexOf('\n');
        String first = end < 0 ? body : body.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> header(Path file, CSVRecord record) {
        List<String> names = new ArrayList<>();
        for (String cell : record) {
            String name = cell.strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new RecordException(file, 1, name, "is not a column of the template; "
                        + "the columns are " + String.join(", ", COLUMNS));
            }
            if (names.contains(name)) {
                throw new RecordException(file, 1, name, "is named twice in the header");
            }
            names.add(name);
        }
        for (String required : REQUIRED) {
            if (!names.contains(required)) {
                throw new RecordException(file, 1, required, "column is missing from the header");
            }
        }
        return names;
    }

    private static SpreadsheetRow row(int line, List<String> header, CSVRecord record) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i).strip();
            if (!value.isEmpty()) {
                cells.put(header.get(i), value);
            }
        }
        return new SpreadsheetRow(line, cells);
    }

    /** Offsets where each line starts, so a row's line is found without rescanning the text. */
    private static int[] lineStarts(String body) {
        int[] starts = new int[(int) body.chars().filter(c -> c == '\n').count() + 1];
        int line = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    /** Line numbers count from 1 at the header, as an editor shows them. */
    private static int lineOf(int[] starts, long position) {
        int found = Arrays.binarySearch(starts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }
}

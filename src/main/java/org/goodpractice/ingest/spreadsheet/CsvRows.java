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
            throw empty(file);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(body))
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            int[] starts = lineStarts(body);
            Iterator<CSVRecord> records = parser.iterator();
            Collector rows = new Collector(file, header(file, records.next()));
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows.add(lineOf(starts, record.getCharacterPosition()), record.toList());
            }
            return rows.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw RecordException.ofFile(file, "is not readable CSV (" + e.getMessage() + ")");
        }
    }

    /** The refusal of a file without even a header. */
    static RecordException empty(Path file) {
        return RecordException.ofFile(file, "is empty; expected a header line naming columns "
                + "such as title, country, start_date");
    }

    /**
     * The data rows of one sheet as they are added, line by line after the header: a row with more
     * cells than the header names is refused alone, an empty row skipped, line breaks in cells made LF, and more than
     * {@link #MAX_ROWS} rows refuse the file.
     */
    static final class Collector {
        private final Path file;
        private final List<String> header;
        private final List<SpreadsheetRow> rows = new ArrayList<>();
        private final List<RecordException> refused = new ArrayList<>();

        Collector(Path file, List<String> header) {
            this.file = file;
            this.header = header;
        }

        void add(int line, List<String> cells) {
            if (rows.size() + refused.size() == MAX_ROWS) {
                throw RecordException.ofFile(file, "has more than " + MAX_ROWS + " rows; split it into several files");
            }
            if (cells.size() > header.size()) {
                refused.add(new RecordException(file, line, "row", "has " + cells.size()
                        + " cells but the header names " + header.size() + " columns"));
                return;
            }
            Map<String, String> named = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                // A cell's line breaks are LF, whether the sheet was saved with CRLF or written in a workbook.
                String value = cells.get(i).replace("\r\n", "\n").replace('\r', '\n').strip();
                if (!value.isEmpty()) {
                    named.put(header.get(i), value);
                }
            }
            if (!named.isEmpty()) {
                rows.add(new SpreadsheetRow(line, named));
            }
        }

        Read read() {
            return new Read(rows, refused);
        }
    }

    private static char delimiter(String body) {
        int end = body.indexOf('\n');
        String first = end < 0 ? body : body.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** The column names of a header row, refusing a name the template lacks, a name twice or a missing title. */
    static List<String> header(Path file, Iterable<String> cells) {
        List<String> names = new ArrayList<>();
        for (String cell : cells) {
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

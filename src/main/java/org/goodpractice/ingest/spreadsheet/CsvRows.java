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

    /**
     * The rows read, the rows refused alone (each naming its line), and warnings about the file as a whole
     * (a workbook's sheet skipped).
     */
    public record Read(List<SpreadsheetRow> rows, List<RecordException> refused, List<String> warnings) {
        public Read {
            rows = List.copyOf(rows);
            refused = List.copyOf(refused);
            warnings = List.copyOf(warnings);
        }

        public Read(List<SpreadsheetRow> rows, List<RecordException> refused) {
            this(rows, refused, List.of());
        }

        /** This with {@code more} warnings. */
        Read warn(List<String> more) {
            List<String> all = new ArrayList<>(warnings);
            all.addAll(more);
            return new Read(rows, refused, all);
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
     * The data rows of a file as they are added, line by line after the header of each sheet: a row with more
     * cells than the header names is refused alone, an empty row skipped, line breaks in cells made LF, and more than
     * {@link #MAX_ROWS} rows in all refuse the file. A workbook's rows are placed by sheet and row
     * ({@link #place}); a CSV file's by line.
     */
    static final class Collector {
        /** Rows a sheet's row numbers run to (Excel's limit is 1,048,576), so that a place in file order is sheet × this + row. */
        static final int SHEET_ROWS = 1 << 21;
        /** Sheets whose rows can be placed in an int. */
        static final int MAX_SHEETS = Integer.MAX_VALUE / SHEET_ROWS;

        private final Path file;
        private final List<SpreadsheetRow> rows = new ArrayList<>();
        private final List<RecordException> refused = new ArrayList<>();
        private List<String> header;
        private String sheet;
        private int sheetIndex;

        Collector(Path file, List<String> header) {
            this.file = file;
            this.header = header;
        }

        /** Rows added from now on are those of the sheet {@code name}, the {@code index}-th, under {@code header}. */
        void sheet(int index, String name, List<String> header) {
            if (index >= MAX_SHEETS) {
                throw RecordException.ofFile(file, "has more than " + MAX_SHEETS + " sheets; split it into several files");
            }
            this.sheetIndex = index;
            this.sheet = name;
            this.header = header;
        }

        /** How a message names row {@code row} of the sheet {@code name}. */
        static String place(String name, int row) {
            return "sheet " + RecordException.shown(name) + " row " + row;
        }

        void add(int line, List<String> cells) {
            if (rows.size() + refused.size() == MAX_ROWS) {
                throw RecordException.ofFile(file, "has more than " + MAX_ROWS + " rows; split it into several files");
            }
            int position = sheetIndex * SHEET_ROWS + line;
            String where = sheet == null ? null : place(sheet, line);
            if (cells.size() > header.size()) {
                refused.add(new RecordException(file, position, "row", "has " + cells.size()
                        + " cells but the header names " + header.size() + " columns").at(where));
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
                rows.add(new SpreadsheetRow(position, where, named));
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

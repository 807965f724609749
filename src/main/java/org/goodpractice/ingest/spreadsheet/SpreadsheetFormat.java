package org.goodpractice.ingest.spreadsheet;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.goodpractice.ingest.Iris;
import org.goodpractice.ingest.MappedRecord;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.RecordFormat;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.ontology.ProgrammeSchemes;

/**
 * Practice spreadsheets, one practice per row: a {@code .csv} file ({@link CsvRows}) or an
 * {@code .xlsx} workbook ({@link WorkbookRows}) with the template's header
 * ({@code src/main/resources/spreadsheet/practices.csv}). Each row is mapped alone
 * ({@link RowMapper}), so a bad row is refused naming its line and column while the others import.
 * A row's identifier is its {@code index} when given, else minted from its title, with {@code -2},
 * {@code -3}… when an earlier row of the file (of any sheet of a workbook) or another file holds it;
 * identifiers are given in row order, sheet by sheet, before any row is mapped, so they stay the same when
 * the file is imported again.
 *
 * <pre>
 * RecordFormat format = new SpreadsheetFormat(base, ProgrammeSchemes.from(ontology, base));
 * List&lt;RecordFormat.Part&gt; rows = format.mapEach(SourceText.read(Path.of("partners.csv")), graph -&gt; false);
 * </pre>
 */
public final class SpreadsheetFormat implements RecordFormat {
    private static final Pattern INDEX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final String base;
    private final RowMapper mapper;

    public SpreadsheetFormat(String baseUri, ProgrammeSchemes schemes) {
        this.base = requireNonNull(baseUri, "baseUri");
        this.mapper = new RowMapper(baseUri, schemes);
    }

    @Override
    public String name() {
        return "spreadsheet";
    }

    @Override
    public String shape() {
        return "a spreadsheet is .csv or .xlsx";
    }

    @Override
    public boolean looksLike(SourceText source) {
        return SourceText.isSpreadsheet(source.file());
    }

    @Override
    public boolean manyPerFile() {
        return true;
    }

    /** The one practice of a spreadsheet of one row; {@link #mapEach} reads a spreadsheet of any size. */
    @Override
    public MappedRecord map(SourceText source, Predicate<String> graphTaken) {
        List<Part> parts = mapEach(source, graphTaken);
        for (Part part : parts) {
            if (part.refused() != null) {
                throw part.refused();
            }
        }
        if (parts.size() != 1) {
            throw RecordException.ofFile(source.file(), "holds " + parts.size() + " practices, one per row, where one was expected");
        }
        return parts.get(0).record();
    }

    @Override
    public List<Part> mapEach(SourceText source, Predicate<String> graphTaken) {
        Path file = source.file();
        byte[] workbook = source.workbook();
        CsvRows.Read read = workbook != null ? WorkbookRows.read(file, workbook)
                : CsvRows.read(file, String.join("\n", source.lines()));
        if (read.rows().isEmpty() && read.refused().isEmpty()) {
            throw RecordException.ofFile(file, "has a header but no rows; write one practice per row below it");
        }
        Map<Integer, Part> byLine = new TreeMap<>();
        read.refused().forEach(e -> byLine.put(e.line(), Part.refused(e)));
        Map<String, SpreadsheetRow> rowById = new HashMap<>();
        Map<Integer, String> idByLine = new HashMap<>();
        for (SpreadsheetRow row : read.rows()) {
            try {
                String id = id(file, row, rowById, graphTaken);
                rowById.put(id, row);
                idByLine.put(row.line(), id);
            } catch (RecordException e) {
                byLine.put(row.line(), Part.refused(e.at(row.where())));
            }
        }
        List<String> warnings = read.warnings();
        for (SpreadsheetRow row : read.rows()) {
            String id = idByLine.get(row.line());
            if (id != null) {
                try {
                    MappedRecord record = mapper.map(file, row, id);
                    // What concerns the whole file (a sheet skipped) is said once, with the first row mapped.
                    byLine.put(row.line(), Part.mapped(row.line(), row.where(), record.withWarnings(warnings)));
                    warnings = List.of();
                } catch (RecordException e) {
                    byLine.put(row.line(), Part.refused(e.at(row.where())));
                }
            }
        }
        return List.copyOf(byLine.values());
    }

    /** The row's index, or an identifier minted from its title that no earlier row and no other file holds. */
    private String id(Path file, SpreadsheetRow row, Map<String, SpreadsheetRow> rowById, Predicate<String> graphTaken) {
        String index = row.cell("index");
        if (!index.isEmpty()) {
            if (!INDEX.matcher(index).matches()) {
                throw new RecordException(file, row.line(), "index", RecordException.shown(index) + " is not an index: "
                        + "up to 64 letters, digits, '.', '-' or '_', starting with a letter or digit, e.g. 0557C2");
            }
            SpreadsheetRow earlier = rowById.get(index);
            if (earlier != null) {
                throw new RecordException(file, row.line(), "index", RecordException.shown(index)
                        + " is also the identifier of the practice on " + earlier.describe() + "; give each row its own index");
            }
            return index;
        }
        String title = row.cell("title");
        if (title.isEmpty()) {
            throw new RecordException(file, row.line(), "title", "missing: every row needs the practice's title");
        }
        if (Iris.slug(title).isEmpty()) {
            throw new RecordException(file, row.line(), "title", RecordException.shown(title)
                    + " has no letters or digits to make an identifier of; give the row an index");
        }
        return Iris.mintedId(title, id -> rowById.containsKey(id) || graphTaken.test(Iris.practiceGraph(base, id)));
    }
}

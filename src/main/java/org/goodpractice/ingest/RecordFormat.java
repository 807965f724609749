package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Predicate;

/**
 * One kind of source document the importer reads: how to recognise it by its shape, and how to
 * parse it and map it to the RDF graph of each record it holds (one, or one per row of a
 * spreadsheet), named and with its IRIs minted: only what the source says, the address and the
 * evidence as written handed over in the {@link MappedRecord}. What every record gets after mapping
 * (gazetteer links of its address, indicators, inferred topics, provenance, validation) is done once
 * for all formats by {@link RecordChecker} and {@link Enrichment}; a new format only implements this
 * and is added to {@link RecordFormats}.
 *
 * <pre>
 * RecordFormat format = RecordFormats.standard(base, ontology).detect(source).orElseThrow();
 * MappedRecord record = format.map(source, graph -&gt; false);
 * </pre>
 */
public interface RecordFormat {
    /** The name {@code --kind} takes, e.g. {@code annex}. */
    String name();

    /** How a file of this format is recognised, in a few words for help texts and refusals. */
    String shape();

    /** True when {@code source} has this format's shape. */
    boolean looksLike(SourceText source);

    /**
     * Parses and maps {@code source}; {@code graphTaken} says whether another source file already
     * holds a record graph, for formats that mint their identifiers and must make them unique.
     * Anything wrong with the record is a {@link RecordException} naming file, line and field.
     */
    MappedRecord map(SourceText source, Predicate<String> graphTaken);

    /** True when one file of this format holds several records (a spreadsheet, one per row), which {@link #mapEach} reads. */
    default boolean manyPerFile() {
        return false;
    }

    /**
     * Parses and maps each record of {@code source} alone, in file order: a record that cannot be
     * mapped is a refused {@link Part} naming its line, and the others still map; what is wrong with
     * the file as a whole is thrown. A format with one record per file has {@link #map}'s record.
     */
    default List<Part> mapEach(SourceText source, Predicate<String> graphTaken) {
        return List.of(Part.mapped(0, map(source, graphTaken)));
    }

    /**
     * One record of a file as mapped, or why it was refused; {@code line} is where it starts (0 for the whole
     * file) and {@code where} names that place when a line number alone does not (a workbook's
     * {@code sheet "Partners" row 3}), else null.
     */
    record Part(int line, String where, MappedRecord record, RecordException refused) {
        public Part {
            if ((record == null) == (refused == null)) {
                throw new IllegalArgumentException("a part is either mapped or refused");
            }
        }

        public static Part mapped(int line, MappedRecord record) {
            return mapped(line, null, record);
        }

        public static Part mapped(int line, String where, MappedRecord record) {
            return new Part(line, where, requireNonNull(record, "record"), null);
        }

        public static Part refused(RecordException refused) {
            return new Part(refused.line(), refused.where(), null, refused);
        }
    }
}

package org.goodpractice.ingest;

import java.util.function.Predicate;

/**
 * One kind of source document the importer reads: how to recognise it by its shape, and how to
 * parse it and map it to the RDF graph of one record, named and with its IRIs minted. What every
 * record gets after mapping (inferred topics, the gazetteer facts its places need, provenance,
 * validation) is done once for all formats by {@link RecordChecker}; a new format only implements
 * this and is added to {@link RecordFormats}.
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
}

package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.ingest.article.ArticleFormat;
import org.goodpractice.ingest.interregeurope.InterregEuropeFormat;
import org.goodpractice.ingest.spreadsheet.SpreadsheetFormat;
import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.place.Gazetteer;

/**
 * The record formats the importer knows, in the order a file's shape is tried against them
 * (the most distinctive first). {@code --kind} takes {@value #AUTO} or one of their names.
 *
 * <pre>
 * RecordFormats formats = RecordFormats.standard(base, Ontology.load(base));
 * formats.names();                       // [spreadsheet, interreg-europe, annex, article]
 * formats.detect(source).map(RecordFormat::name);
 * </pre>
 */
public final class RecordFormats {
    /** The {@code --kind} that decides per file by its shape. */
    public static final String AUTO = "auto";

    private final List<RecordFormat> formats;

    public RecordFormats(List<RecordFormat> formats) {
        this.formats = List.copyOf(requireNonNull(formats, "formats"));
    }

    /** Every format this version reads, for the base URI and ontology given. */
    public static RecordFormats standard(String baseUri, Model ontology) {
        ProgrammeSchemes schemes = ProgrammeSchemes.from(ontology, baseUri);
        Gazetteer gazetteer = Gazetteer.bundled();
        return new RecordFormats(List.of(
                new SpreadsheetFormat(baseUri, schemes),
                new InterregEuropeFormat(baseUri, schemes, gazetteer),
                new AnnexFormat(baseUri, schemes),
                new ArticleFormat(baseUri, ontology, gazetteer)));
    }

    /** The names {@code --kind} accepts besides {@value #AUTO}, in detection order. */
    public List<String> names() {
        return formats.stream().map(RecordFormat::name).toList();
    }

    /** The format named {@code name}. */
    public Optional<RecordFormat> byName(String name) {
        return formats.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The first format whose shape {@code source} has. */
    public Optional<RecordFormat> detect(SourceText source) {
        return formats.stream().filter(f -> f.looksLike(source)).findFirst();
    }

    /** How each format is recognised, joined for a refusal. */
    public String shapes() {
        return String.join(", ", formats.stream().map(RecordFormat::shape).toList());
    }
}

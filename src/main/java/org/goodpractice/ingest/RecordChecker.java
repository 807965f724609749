package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.validation.RecordValidator;
import org.goodpractice.validation.RecordValidator.Violation;

/**
 * Turns one record file into the checked graph that would be written for each record it holds, without touching a
 * store: parse and map to RDF (by its {@link RecordFormat}), enrich it ({@link Enrichment}: indicators, gazetteer
 * links of its address, inferred topics), add provenance, and validate against the SHACL shapes (together with the
 * gazetteer entries the record links to). The format is one of
 * {@link RecordFormats}, named or detected by shape. Anything wrong is a
 * {@link RecordException}; in a file of several records (a spreadsheet) each is checked alone, so
 * that a refused row is {@link Refused} beside the rows that are {@link Checked}.
 *
 * <pre>
 * RecordChecker.Checked checked = new RecordChecker("http://localhost:8080/").check(Path.of("data/annex/0557C2.txt"));
 * List&lt;RecordChecker.Result&gt; rows = checker.checkEach(SourceText.read(Path.of("data/spreadsheet/partners.csv")), graph -&gt; false);
 * </pre>
 */
public final class RecordChecker {
    /** What checking one record of a file gave. */
    public sealed interface Result permits Checked, Refused {
    }

    /**
     * A record ready to be written: its identifier and title, the graph it goes into and that graph's
     * content, the line it starts on (0 when it is the whole file) and, when a line number alone does not
     * say where that is, its place ({@code sheet "Partners" row 3}; else null).
     */
    public record Checked(String id, String title, String graph, Model model, List<String> warnings, int line, String where)
            implements Result {
        public Checked {
            warnings = List.copyOf(warnings);
        }
    }

    /** A record refused alone, the others of its file still checked. */
    public record Refused(RecordException error) implements Result {
        public Refused {
            requireNonNull(error, "error");
        }
    }

    private final String baseUri;
    private final RecordFormats formats;
    private final Enrichment enrichment;
    private final GazetteerGraph gazetteerGraph;
    private final RecordValidator validator;
    private final Clock clock;
    private RecordFormat kind;

    public RecordChecker(String baseUri) {
        this(baseUri, Ontology.load(baseUri), Clock.systemUTC());
    }

    public RecordChecker(String baseUri, Model ontology, Clock clock) {
        this(baseUri, ontology, clock, RecordFormats.standard(baseUri, requireNonNull(ontology, "ontology")));
    }

    /** A checker of the {@code formats} given, each record enriched and validated as every format's is. */
    public RecordChecker(String baseUri, Model ontology, Clock clock, RecordFormats formats) {
        this.baseUri = requireNonNull(baseUri, "baseUri");
        requireNonNull(ontology, "ontology");
        this.formats = requireNonNull(formats, "formats");
        this.enrichment = new Enrichment(baseUri, ontology, Gazetteer.bundled());
        this.gazetteerGraph = new GazetteerGraph(Gazetteer.bundled(), baseUri);
        this.validator = RecordValidator.bundled();
        this.clock = requireNonNull(clock, "clock");
    }

    /** The formats this checker reads. */
    public RecordFormats formats() {
        return formats;
    }

    /**
     * Reads every file as the format named {@code kind}; {@value RecordFormats#AUTO} (the default)
     * decides per file by its shape.
     */
    public RecordChecker kind(String kind) {
        requireNonNull(kind, "kind");
        this.kind = kind.equals(RecordFormats.AUTO) ? null : format(kind);
        return this;
    }

    /** The format named {@code kind}, for checking files as it whatever this checker's own kind. */
    public RecordFormat format(String kind) {
        requireNonNull(kind, "kind");
        return formats.byName(kind).orElseThrow(() ->
                new IllegalArgumentException("unknown kind \"" + kind + "\"; expected " + RecordFormats.AUTO + " or one of "
                        + String.join(", ", formats.names())));
    }

    /** Reads and checks {@code file}. */
    public Checked check(Path file) {
        return check(SourceText.read(file));
    }

    /** Checks a file already read. */
    public Checked check(SourceText source) {
        return check(source, graph -> false);
    }

    /**
     * Checks a file already read; {@code graphTaken} says whether another source file holds a
     * record graph, so that formats minting identifiers make theirs unique.
     */
    public Checked check(SourceText source, Predicate<String> graphTaken) {
        return check(source, formatOf(source), graphTaken);
    }

    /** Checks a file already read as {@code format}, which must hold one record. */
    public Checked check(SourceText source, RecordFormat format, Predicate<String> graphTaken) {
        List<Result> results = checkEach(source, format, graphTaken);
        for (Result result : results) {
            if (result instanceof Refused refused) {
                throw refused.error();
            }
        }
        if (results.size() != 1) {
            throw RecordException.ofFile(source.file(), "holds " + results.size() + " records where one was expected");
        }
        return (Checked) results.get(0);
    }

    /**
     * Checks each record of a file already read, in file order, each alone: a record refused is
     * {@link Refused} beside the others. What is wrong with the file as a whole is thrown.
     */
    public List<Result> checkEach(SourceText source, Predicate<String> graphTaken) {
        return checkEach(source, formatOf(source), graphTaken);
    }

    /** Checks each record of a file already read as {@code format}, as {@link #checkEach(SourceText, Predicate)} does. */
    public List<Result> checkEach(SourceText source, RecordFormat format, Predicate<String> graphTaken) {
        requireNonNull(format, "format");
        List<Result> results = new ArrayList<>();
        for (RecordFormat.Part part : format.mapEach(source, graphTaken)) {
            if (part.refused() != null) {
                results.add(new Refused(part.refused()));
                continue;
            }
            try {
                MappedRecord record = enrichment.enrich(source.file(), part.record(), part.line(), part.where());
                addProvenanceAndValidate(source, part.line(), record);
                results.add(new Checked(record.id(), record.title(), record.graph(), record.model(), record.warnings(),
                        part.line(), part.where()));
            } catch (RecordException e) {
                results.add(new Refused(e.at(part.where())));
            }
        }
        return results;
    }

    /** The format {@code source} is read as: the {@link #kind} given, or the one its shape matches. */
    public RecordFormat formatOf(SourceText source) {
        return kind != null ? kind : formats.detect(source).orElseThrow(() -> RecordException.ofFile(
                source.file(), "matches no known record format: " + formats.shapes()
                        + "; --kind article reads any other text as an article"));
    }

    /** Adds the record's provenance, then validates all of it with the gazetteer facts it links to. */
    private void addProvenanceAndValidate(SourceText source, int line, MappedRecord record) {
        Model model = record.model();
        model.add(Provenance.of(baseUri, record.graph(), source.file(), source.sha256(), clock.instant()));
        List<Violation> violations = validator.validate(model,
                gazetteerGraph.factTriples(record.countries(), record.regions(), record.cities()));
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            String more = violations.size() == 1 ? "" : " (and " + (violations.size() - 1) + " more: "
                    + String.join("; ", violations.subList(1, violations.size()).stream().map(Violation::toString).toList()) + ")";
            throw new RecordException(source.file(), line, first.field(), first.message() + more);
        }
    }
}

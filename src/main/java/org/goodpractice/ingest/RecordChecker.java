package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.validation.RecordValidator;
import org.goodpractice.validation.RecordValidator.Violation;

/**
 * Turns one record file into the checked graph that would be written for it, without touching a
 * store: parse, map to RDF, add provenance, and validate against the SHACL shapes (together with
 * the gazetteer entries the record links to). Anything wrong is a {@link RecordException}.
 *
 * <pre>
 * RecordChecker.Checked checked = new RecordChecker("http://localhost:8080/").check(Path.of("data/annex/0557C2.txt"));
 * </pre>
 */
public final class RecordChecker {
    /** A record ready to be written: its annex, the graph it goes into and that graph's content. */
    public record Checked(Annex annex, String graph, Model model) {
        /** Unresolved places and the like: the record imports, but the user should know. */
        public List<String> warnings() {
            return annex.warnings();
        }
    }

    private final String baseUri;
    private final AnnexParser parser;
    private final AnnexMapper mapper;
    private final GazetteerGraph gazetteerGraph;
    private final RecordValidator validator;
    private final Clock clock;

    public RecordChecker(String baseUri) {
        this(baseUri, Ontology.load(baseUri), Clock.systemUTC());
    }

    public RecordChecker(String baseUri, Model ontology, Clock clock) {
        this.baseUri = requireNonNull(baseUri, "baseUri");
        this.parser = new AnnexParser(ProgrammeSchemes.from(requireNonNull(ontology, "ontology"), baseUri), Gazetteer.bundled());
        this.mapper = new AnnexMapper(baseUri);
        this.gazetteerGraph = new GazetteerGraph(Gazetteer.bundled(), baseUri);
        this.validator = RecordValidator.bundled();
        this.clock = requireNonNull(clock, "clock");
    }

    /** Reads and checks {@code file}. */
    public Checked check(Path file) {
        return check(SourceText.read(file), Provenance.sha256(file));
    }

    /** Checks a file already read, whose bytes have SHA-256 {@code sha256}. */
    public Checked check(SourceText source, String sha256) {
        Annex annex = parser.parse(source);
        String graph = Iris.practiceGraph(baseUri, annex.index());
        Model model = mapper.map(annex);
        model.add(Provenance.of(baseUri, graph, source.file(), sha256, clock.instant()));
        Model withLinks = ModelFactory.createUnion(model,
                annex.location() == null ? ModelFactory.createDefaultModel() : gazetteerGraph.facts(annex.location()));
        List<Violation> violations = validator.validate(withLinks);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            String more = violations.size() == 1 ? "" : " (and " + (violations.size() - 1) + " more: "
                    + String.join("; ", violations.subList(1, violations.size()).stream().map(Violation::toString).toList()) + ")";
            throw new RecordException(source.file(), 0, first.field(), first.message() + more);
        }
        return new Checked(annex, graph, model);
    }
}

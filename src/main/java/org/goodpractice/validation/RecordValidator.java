package org.goodpractice.validation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.goodpractice.ingest.RecordException;

/**
 * Checks record graphs against the SHACL shapes in {@code ontology/shapes.ttl} and words each
 * violation for the record's author: the field (the shape's {@code sh:name}, e.g. "Title") and the
 * shape's {@code sh:message}.
 *
 * <pre>
 * List&lt;Violation&gt; problems = RecordValidator.bundled().validate(recordGraph);
 * </pre>
 */
public final class RecordValidator {
    private static RecordValidator bundled;

    /** One problem: the record field concerned, the node it was found on, and what is wrong. */
    public record Violation(String field, String focus, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final Shapes shapes;
    private final Graph shapesGraph;

    public RecordValidator(Model shapes) {
        this.shapesGraph = requireNonNull(shapes, "shapes").getGraph();
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The shapes shipped in the jar, parsed once. */
    public static synchronized RecordValidator bundled() {
        if (bundled == null) {
            Model model = ModelFactory.createDefaultModel();
            try (InputStream in = RecordValidator.class.getResourceAsStream("/ontology/shapes.ttl")) {
                if (in == null) {
                    throw new IllegalStateException("ontology/shapes.ttl is missing from the class path");
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read ontology/shapes.ttl", e);
            }
            bundled = new RecordValidator(model);
        }
        return bundled;
    }

    /** Every violation in {@code data}, ordered by field; empty when it conforms. */
    public List<Violation> validate(Model data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
        return report.getEntries().stream()
                .map(this::violation)
                .distinct()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::focus))
                .toList();
    }

    private Violation violation(ReportEntry entry) {
        String field = literal(entry.source(), SHACL.name);
        if (field == null) {
            field = entry.resultPath() == null ? "Record" : entry.resultPath().toString();
        }
        String message = literal(entry.source(), SHACL.message);
        if (message == null) {
            message = entry.message();
        } else if (entry.value() != null && entry.value().isLiteral()) {
            message = message + " (found " + RecordException.shown(entry.value().getLiteralLexicalForm()) + ")";
        }
        Node focus = entry.focusNode();
        return new Violation(field, focus.isURI() ? focus.getURI() : focus.toString(), message);
    }

    private String literal(Node subject, Node property) {
        return shapesGraph.find(subject, property, Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst().orElse(null);
    }
}

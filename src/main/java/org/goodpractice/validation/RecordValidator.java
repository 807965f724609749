package org.goodpractice.validation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
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
    /** The SPARQL constraints of node shapes compiled once, by the constraint Jena parsed. */
    private final Map<Constraint, CompiledSparql> compiled = new IdentityHashMap<>();

    public RecordValidator(Model shapes) {
        this.shapesGraph = requireNonNull(shapes, "shapes").getGraph();
        this.shapes = Shapes.parse(shapesGraph);
        for (Shape shape : this.shapes.getTargetShapes()) {
            if (shape instanceof NodeShape) {
                for (Constraint c : shape.getConstraints()) {
                    if (c instanceof SparqlConstraint sparql) {
                        CompiledSparql.of(sparql).ifPresent(x -> compiled.put(c, x));
                    }
                }
            }
        }
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
        return validate(requireNonNull(data, "data").getGraph());
    }

    /**
     * Every violation in {@code record} together with the {@code facts} it links to (the gazetteer
     * entries of its places), as {@link #validate(Model)} of their union gives. They are validated
     * as one graph copied from both, which SHACL reads several times faster than a union view.
     */
    public List<Violation> validate(Model record, Collection<Triple> facts) {
        Graph data = GraphMemFactory.createGraphMem2();
        // Triple by triple: GraphUtil.addInto would copy the prefix mappings too, which SHACL never reads.
        requireNonNull(record, "record").getGraph().find().forEachRemaining(data::add);
        requireNonNull(facts, "facts").forEach(data::add);
        return validate(data);
    }

    private List<Violation> validate(Graph data) {
        ValidationContext vCxt = run(data);
        if (!vCxt.hasViolation()) {
            return List.of();
        }
        return vCxt.generateReport().getEntries().stream()
                .map(this::violation)
                .distinct()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::focus))
                .toList();
    }

    /** The report of validating {@code data}, the same as Jena's {@code ShaclValidator} gives with {@link #shapes()}. */
    ValidationReport report(Graph data) {
        return run(data).generateReport();
    }

    /** How many SPARQL constraints run {@link CompiledSparql compiled}. */
    int compiledConstraints() {
        return compiled.size();
    }

    /** The shapes as Jena parsed them. */
    Shapes shapes() {
        return shapes;
    }

    /**
     * Validates as Jena's plain validator does, every target shape on each of its focus nodes, but
     * with the SPARQL constraints of node shapes run {@link CompiledSparql compiled}.
     */
    private ValidationContext run(Graph data) {
        ValidationContext vCxt = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(data, shape)) {
                validateShape(vCxt, data, shape, focus);
            }
        }
        return vCxt;
    }

    /** What {@link VLib#validateShape} does, the compiled constraints run in place of Jena's. */
    private void validateShape(ValidationContext vCxt, Graph data, Shape shape, Node focus) {
        if (!(shape instanceof NodeShape) || shape.deactivated()
                || shape.getConstraints().stream().noneMatch(compiled::containsKey)) {
            VLib.validateShape(vCxt, data, shape, focus);
            return;
        }
        for (Constraint c : shape.getConstraints()) {
            CompiledSparql sparql = compiled.get(c);
            if (sparql != null) {
                sparql.validateNodeShape(vCxt, data, shape, focus);
            } else {
                VLib.evalConstraint(vCxt, data, shape, focus, null, null, c);
            }
        }
        for (PropertyShape property : shape.getPropertyShapes()) {
            VLib.validateShape(vCxt, data, property, focus);
        }
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

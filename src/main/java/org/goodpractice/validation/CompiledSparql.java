package org.goodpractice.validation;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * A SHACL-SPARQL SELECT constraint ({@code sh:sparql} in the shapes file) of a node shape, its query
 * compiled and optimised once rather than for every focus node as Jena's {@code SparqlValidation}
 * does: for a record checked on import that planning cost more than running the query. Per focus
 * node the compiled algebra is run with {@code $this} bound to it from the start, which for a
 * pattern of triples and filters alone is what Jena's substitution of {@code $this} into the query
 * gives, and each solution is reported as Jena reports it: on the shape, with the solution's
 * {@code ?value} (else the focus node) and its message. Any other query (OPTIONAL, UNION, MINUS,
 * sub-queries…) or one that needs anything else from the validator ({@code $currentShape},
 * {@code $shapesGraph}, {@code $PATH}) is not compiled, and stays Jena's.
 */
final class CompiledSparql {
    private static final Var THIS = Var.alloc("this");
    private static final Var VALUE = Var.alloc("value");
    private static final Var PATH = Var.alloc("path");
    private static final List<String> OTHER_PRE_BOUND = List.of("?currentShape", "?shapesGraph", "?PATH");

    private final SparqlConstraint constraint;
    private final Op op;

    private CompiledSparql(SparqlConstraint constraint, Op op) {
        this.constraint = constraint;
        this.op = op;
    }

    /** The constraint compiled, when its query is one this class runs as Jena would. */
    static Optional<CompiledSparql> of(SparqlConstraint constraint) {
        Query query = constraint.getQuery();
        String text = query.serialize();
        boolean plain = query.isSelectType() && !query.hasValues() && !query.hasAggregators() && !query.hasGroupBy()
                && query.getQueryPattern() instanceof ElementGroup group
                && group.getElements().stream().allMatch(e -> e instanceof ElementPathBlock || e instanceof ElementFilter);
        if (!plain || OTHER_PRE_BOUND.stream().anyMatch(text::contains)) {
            return Optional.empty();
        }
        return Optional.of(new CompiledSparql(constraint, Algebra.optimize(Algebra.compile(query))));
    }

    /** Validates {@code focusNode} of the node shape {@code shape} in {@code data}, reporting to {@code vCxt}. */
    void validateNodeShape(ValidationContext vCxt, Graph data, Shape shape, Node focusNode) {
        QueryIterator rows = QC.execute(op, BindingFactory.binding(THIS, focusNode), ExecutionContext.createForGraph(data));
        try {
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node value = row.get(VALUE) != null ? row.get(VALUE) : focusNode;
                Node path = row.get(PATH);
                vCxt.reportEntry(message(row, focusNode, value), shape, focusNode,
                        path == null ? null : PathFactory.pathLink(path), value, constraint, shape.getShapeNode());
            }
        } finally {
            rows.close();
        }
    }

    /** The message Jena gives: the constraint's own with {@code {?var}} filled in from the row, or a generic one. */
    private String message(Binding row, Node focusNode, Node value) {
        String template = constraint.getMessage();
        if (template == null) {
            return "SPARQL SELECT constraint for " + ShLib.displayStr(focusNode) + " returns " + ShLib.displayStr(value);
        }
        String message = template;
        for (Iterator<Var> vars = row.vars(); vars.hasNext(); ) {
            Var var = vars.next();
            Node node = row.get(var);
            String shown = node.isLiteral() ? node.getLiteralLexicalForm() : ShLib.displayStr(node);
            message = message.replaceAll("\\{[?$]" + Matcher.quoteReplacement(var.getVarName()) + "\\}",
                    Matcher.quoteReplacement(shown));
        }
        return message;
    }
}

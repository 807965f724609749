package org.goodpractice.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * SPARQL queries kept as {@code .rq} files under {@code queries/}. Values from requests are
 * bound by substituting variables in the parsed query, never by editing query text.
 */
public final class Queries {
    private Queries() {
    }

    /** Parses {@code queries/NAME.rq} from the class path. */
    public static Query load(String name) {
        try (InputStream in = Queries.class.getResourceAsStream("/queries/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("Query queries/" + name + ".rq is missing from the class path");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read query " + name, e);
        }
    }

    /** A copy of {@code query} with each named variable replaced by its value. */
    public static Query bind(Query query, Map<String, Node> values) {
        Map<Var, Node> substitutions = new HashMap<>();
        values.forEach((name, value) -> substitutions.put(Var.alloc(name), value));
        Query bound = QueryTransformOps.transform(query, substitutions);
        if (bound.getOrderBy() != null) {
            // ORDER BY a constant orders nothing and is not SPARQL syntax, which a remote store must parse.
            List<SortCondition> kept = bound.getOrderBy().stream().filter(c -> !c.getExpression().isConstant()).toList();
            bound.getOrderBy().clear();
            kept.forEach(bound::addOrderBy);
        }
        return bound;
    }
}

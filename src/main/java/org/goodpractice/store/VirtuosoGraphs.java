package org.goodpractice.store;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Rewrites {@code GRAPH <iri> { P }} as {@code { SELECT vars(P) WHERE { GRAPH ?g { P } FILTER(?g = <iri>) } }}:
 * under the {@code input:…-graph-exclude} pragmas {@link Engine#VIRTUOSO} sends, Virtuoso 7.2 finds
 * nothing in a graph named by a constant, while a variable graph filtered to it works. The
 * sub-select keeps the extra variable out of {@code SELECT *}.
 */
final class VirtuosoGraphs {
    private VirtuosoGraphs() {
    }

    static Query rewrite(Query query) {
        AtomicInteger n = new AtomicInteger();
        return QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementNamedGraph el, Node graph, Element pattern) {
                if (!graph.isURI()) {
                    return super.transform(el, graph, pattern);
                }
                Var g = Var.alloc("virtuosoGraph" + n.incrementAndGet());
                ElementGroup group = new ElementGroup();
                group.addElement(new ElementNamedGraph(g, pattern));
                group.addElement(new ElementFilter(new E_Equals(new ExprVar(g), NodeValue.makeNode(graph))));
                Collection<Var> vars = PatternVars.vars(pattern);
                if (vars.isEmpty()) {
                    return group;
                }
                Query select = new Query();
                select.setQuerySelectType();
                vars.forEach(select::addResultVar);
                select.setQueryPattern(group);
                return new ElementSubQuery(select);
            }
        });
    }
}

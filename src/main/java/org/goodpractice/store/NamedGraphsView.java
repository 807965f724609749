package org.goodpractice.store;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphZero;

/**
 * The dataset as it is published (dumps, export): its named graphs only, without the stored
 * default graph where the store keeps its {@link ChangeLog}.
 */
final class NamedGraphsView extends DatasetGraphWrapper {
    NamedGraphsView(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphZero.instance();
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || Node.ANY.equals(g)) {
            return findNG(Node.ANY, s, p, o);
        }
        return Quad.isDefaultGraph(g) ? GraphZero.instance().find().mapWith(t -> Quad.create(g, t)) : super.find(g, s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean contains(Quad quad) {
        return find(quad).hasNext();
    }
}

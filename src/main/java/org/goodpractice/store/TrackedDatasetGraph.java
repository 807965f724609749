package org.goodpractice.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The TDB2 dataset as writers other than the store's own methods (the admin endpoint) see it:
 * every named graph a write transaction touches is recorded in the {@link ChangeLog} just before
 * it commits, in the same transaction, and the store's listeners hear of it once it is over.
 * The stored default graph holds the log, so writes to it are refused: queries never see it,
 * and a write there would be lost from sight anyway.
 */
final class TrackedDatasetGraph extends DatasetGraphWrapper {
    private final ThreadLocal<Set<Node>> touched = ThreadLocal.withInitial(HashSet::new);
    private final ThreadLocal<Long> committed = new ThreadLocal<>();
    private final LongConsumer listener;

    TrackedDatasetGraph(DatasetGraph base, LongConsumer listener) {
        super(base);
        this.listener = listener;
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Quad quad) {
        delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        super.add(named(g), s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        super.delete(named(g), s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g == null || Node.ANY.equals(g)) {
            for (Node graph : namedGraphs()) {
                deleteAny(graph, s, p, o);
            }
            return;
        }
        super.deleteAny(named(g), s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        removeGraph(graphName);
        graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(named(graphName), Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void clear() {
        deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void commit() {
        Set<Node> graphs = touched.get();
        if (!graphs.isEmpty()) {
            committed.set(ChangeLog.record(getW(), graphs));
        }
        graphs.clear();
        super.commit();
    }

    @Override
    public void abort() {
        touched.get().clear();
        committed.remove();
        super.abort();
    }

    @Override
    public void end() {
        touched.get().clear();
        super.end();
        Long version = committed.get();
        committed.remove();
        if (version != null) {
            listener.accept(version);
        }
    }

    private List<Node> namedGraphs() {
        List<Node> graphs = new ArrayList<>();
        listGraphNodes().forEachRemaining(graphs::add);
        return graphs;
    }

    /** {@code graph}, noted as touched, when it is a named graph; otherwise refused. */
    private Node named(Node graph) {
        if (graph == null || Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph) || !graph.isURI()) {
            throw defaultGraphRefused();
        }
        touched.get().add(graph);
        return graph;
    }

    /** The refusal of a write outside a named graph, the same on every store. */
    static StoreException defaultGraphRefused() {
        // ASCII only: Fuseki sizes a plain-text error by its characters, and a longer UTF-8 body makes the answer a 500.
        return new StoreException("Write into a named graph (GRAPH <iri> { ... } or ?graph=<iri>): the default graph "
                + "of this store is the union of its named graphs and cannot be written");
    }
}

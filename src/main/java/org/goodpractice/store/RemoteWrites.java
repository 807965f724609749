package org.goodpractice.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphTriplesQuads;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A {@link RemoteStore} as a transactional dataset, for the admin endpoint: Fuseki's handlers
 * and {@code RecordGuard} run on it exactly as on the embedded TDB2 dataset. A write transaction
 * works on an in-memory copy of each named graph it reads or writes, fetched whole from the service
 * when first touched; patterns over every graph (the union default graph, {@code GRAPH ?g}) are
 * asked of the service, with the copies standing in for their graphs. Only at commit, once the
 * record checks have passed, are the written graphs sent, in one update request that also moves
 * the store's version with them ({@link RemoteStore#replaceGraphs}); an aborted transaction sends
 * nothing, so a refused write never reaches the service. A commit is refused when another writer
 * changed one of the graphs the transaction read since it began (any graph, once it matched a
 * pattern over every graph), so no write is checked against
 * a state the service no longer holds. One write transaction at a time per process, as on TDB2.
 */
final class RemoteWrites extends DatasetGraphTriplesQuads {
    private final RemoteStore store;
    private final ReentrantLock writer = new ReentrantLock();
    private final ThreadLocal<RemoteWriteTxn> txn = new ThreadLocal<>();
    private final PrefixMap prefixes = PrefixMapFactory.create();

    RemoteWrites(RemoteStore store) {
        this.store = store;
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        RemoteWriteTxn t = current();
        t.readEveryGraph = true;
        Set<Node> graphs = remote(() -> store.graphs().names());
        t.copies.forEach((g, copy) -> {
            if (copy.isEmpty()) {
                graphs.remove(g);
            } else {
                graphs.add(g);
            }
        });
        return graphs.iterator();
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode) || !copy(graphNode).isEmpty();
    }

    /** The default graph is the union of the named graphs, as on the stores this project configures. */
    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        Set<Triple> triples = new LinkedHashSet<>();
        findInAnyNamedGraphs(s, p, o).forEachRemaining(q -> triples.add(q.asTriple()));
        return triples.stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).iterator();
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return copy(g).find(s, p, o).mapWith(t -> Quad.create(g, t));
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        RemoteWriteTxn t = current();
        t.readEveryGraph = true;
        List<Quad> quads = new ArrayList<>();
        for (Quad quad : remote(() -> store.graphs().find(s, p, o))) {
            if (!t.copies.containsKey(quad.getGraph())) {
                quads.add(quad);
            }
        }
        t.copies.forEach((g, copy) -> copy.find(s, p, o).forEachRemaining(tr -> quads.add(Quad.create(g, tr))));
        return quads.iterator();
    }

    @Override
    protected void addToDftGraph(Node s, Node p, Node o) {
        throw TrackedDatasetGraph.defaultGraphRefused();
    }

    @Override
    protected void deleteFromDftGraph(Node s, Node p, Node o) {
        throw TrackedDatasetGraph.defaultGraphRefused();
    }

    @Override
    protected void addToNamedGraph(Node g, Node s, Node p, Node o) {
        written(g).add(Triple.create(s, p, o));
    }

    @Override
    protected void deleteFromNamedGraph(Node g, Node s, Node p, Node o) {
        written(g).delete(Triple.create(s, p, o));
    }

    /** Emptying a graph needs none of its content: no copy is fetched for DROP or CLEAR. */
    @Override
    public void removeGraph(Node graphName) {
        Graph copy = GraphFactory.createDefaultGraph();
        written(graphName);
        current().copies.put(graphName, copy);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        removeGraph(graphName);
        Graph copy = current().copies.get(graphName);
        graph.find().forEachRemaining(copy::add);
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }

    @Override
    public void begin(TxnType type) {
        if (txn.get() != null) {
            throw new StoreException("A transaction is already open on this thread");
        }
        if (TxnType.convert(type) == ReadWrite.WRITE) {
            writer.lock();
        }
        try {
            txn.set(new RemoteWriteTxn(type, remote(store::storedVersion)));
        } catch (RuntimeException e) {
            release(TxnType.convert(type));
            throw e;
        }
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public boolean promote(Promote mode) {
        RemoteWriteTxn t = current();
        if (t.mode == ReadWrite.READ) {
            writer.lock();
            t.mode = ReadWrite.WRITE;
        }
        return true;
    }

    @Override
    public void commit() {
        RemoteWriteTxn t = current();
        if (t.mode == ReadWrite.WRITE && !t.written.isEmpty()) {
            Changes since = remote(() -> store.changesSince(t.version));
            if (since.everything() || (t.readEveryGraph && !since.graphs().isEmpty())
                    || t.copies.keySet().stream().anyMatch(g -> since.graphs().contains(g.getURI()))) {
                throw new StoreException(StoreException.Kind.CONFLICT, "Another writer changed the graphs this write read "
                        + "while it ran; nothing was changed: send it again", null);
            }
            Map<String, Model> changed = new LinkedHashMap<>();
            t.written.forEach(g -> changed.put(g.getURI(), ModelFactory.createModelForGraph(t.copies.get(g))));
            remote(() -> {
                store.replaceGraphs(changed);
                return null;
            });
        }
        end();
    }

    /** Drops the copies: nothing was sent, so there is nothing to undo. */
    @Override
    public void abort() {
        current();
        end();
    }

    // Commit and abort end the transaction too, as Jena's contract has it: Fuseki warns of one still open after either.
    @Override
    public void end() {
        RemoteWriteTxn t = txn.get();
        if (t != null) {
            txn.remove();
            release(t.mode);
        }
    }

    @Override
    public ReadWrite transactionMode() {
        RemoteWriteTxn t = txn.get();
        return t == null ? null : t.mode;
    }

    @Override
    public TxnType transactionType() {
        RemoteWriteTxn t = txn.get();
        return t == null ? null : t.type;
    }

    @Override
    public boolean isInTransaction() {
        return txn.get() != null;
    }

    @Override
    public void close() {
        // The store belongs to its owner.
    }

    private void release(ReadWrite mode) {
        if (mode == ReadWrite.WRITE && writer.isHeldByCurrentThread()) {
            writer.unlock();
        }
    }

    private RemoteWriteTxn current() {
        RemoteWriteTxn t = txn.get();
        if (t == null) {
            throw new StoreException("The remote store is read and written here only in a transaction");
        }
        return t;
    }

    /** The transaction's copy of named graph {@code g}, fetched from the service the first time. */
    private Graph copy(Node g) {
        return current().copies.computeIfAbsent(g, n -> remote(() -> store.graphs().stored(n.getURI())));
    }

    /** A request to the service, failing as a {@link StoreException} of its kind ({@link StoreFailures#asStoreException}). */
    private <T> T remote(Supplier<T> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            throw StoreFailures.asStoreException(e, store.endpoints());
        }
    }

    private Graph written(Node g) {
        RemoteWriteTxn t = current();
        if (t.mode != ReadWrite.WRITE) {
            throw new StoreException("The remote store is written only in a write transaction");
        }
        if (g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g) || !g.isURI()) {
            throw TrackedDatasetGraph.defaultGraphRefused();
        }
        t.written.add(g);
        return copy(g);
    }
}

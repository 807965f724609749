package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The embedded store: a TDB2 dataset on disk whose default graph, for queries, is the union of
 * its named graphs. Every record lives in a named graph of its own. Its version and the graphs
 * changed per version are kept in the dataset itself ({@link ChangeLog}), written in the same
 * transaction as each change, so they survive restarts and crashes and follow every writer:
 * this object's methods and, through {@link #writableDatasetGraph()}, the admin endpoint.
 *
 * <pre>
 * try (TdbStore store = TdbStore.open(Path.of("store"))) {
 *     store.replaceGraph(graphIri, model);
 *     Changes changes = store.changesSince(version);
 * }
 * </pre>
 */
public final class TdbStore extends ConnectionStore {
    private final Dataset dataset;
    private final DatasetGraph base;
    private final TrackedDatasetGraph tracked;
    private final NamedGraphsView published;
    private final Location location;
    /** The version the writes of a {@link #writeTogether} have reached, announced once they commit; -1 for none. */
    private long uncommitted = -1;
    /** The bulk load {@link #load} runs on this store, or null. */
    private BulkLoad bulk;
    /**
     * The version last committed, kept here because every page asks it (a read transaction each time was 5–8% of a
     * practice page at 100,000): TDB2 lets one process at a time open the store, and this one hears of all its commits.
     */
    private final AtomicLong known;

    private TdbStore(Dataset dataset, Location location) {
        super(RDFConnection.connect(dataset));
        this.dataset = dataset;
        this.base = dataset.asDatasetGraph();
        this.known = new AtomicLong(Txn.calculateRead(base, () -> ChangeLog.version(base)));
        this.tracked = new TrackedDatasetGraph(base, this::committed);
        this.published = new NamedGraphsView(base);
        this.location = location;
    }

    /** Opens (creating if needed) the TDB2 store in {@code directory}. */
    public static TdbStore open(Path directory) {
        requireNonNull(directory, "directory");
        BulkLoad.recoverIfInterrupted(directory);
        Location location = Location.create(directory);
        Dataset dataset = TDB2Factory.connectDataset(location);
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TdbStore(dataset, location);
    }

    /** An in-memory TDB2 store, for tests and throw-away runs. */
    public static TdbStore inMemory() {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TdbStore(dataset, Location.mem());
    }

    /**
     * Writes only what differs from the stored graphs, in one transaction, and nothing at all (the
     * version stays) when every graph already holds exactly its new content: re-importing an
     * unchanged record or re-deriving an unchanged links graph costs a read, not a write.
     */
    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        requireNonNull(graphs, "graphs");
        if (bulk != null) {
            bulk.add(graphs);
            return;
        }
        long version = Txn.calculateWrite(base, () -> {
            Set<Node> changed = new HashSet<>();
            graphs.forEach((iri, model) -> {
                Node g = NodeFactory.createURI(iri);
                if (replace(g, model.getGraph())) {
                    changed.add(g);
                }
            });
            return changed.isEmpty() ? -1L : ChangeLog.record(base, changed);
        });
        if (version < 0) {
            return;
        }
        if (base.isInTransaction()) {
            uncommitted = version;
        } else {
            committed(version);
        }
    }

    /** One TDB2 write transaction for all of {@code writes}; nested in one already open, part of it. */
    @Override
    public void writeTogether(Runnable writes) {
        requireNonNull(writes, "writes");
        if (base.isInTransaction()) {
            writes.run();
            return;
        }
        try {
            Txn.executeWrite(base, writes);
            if (uncommitted >= 0) {
                committed(uncommitted);
            }
        } finally {
            uncommitted = -1;
        }
    }

    /**
     * Runs {@code writes} as a bulk load through Jena's TDB2 loader ({@link BulkLoad}): every graph they
     * replace must be new to the store. For filling a store that holds no records yet: readers wait until it ends,
     * and it first keeps a copy of what the store holds, to go back to if the process dies before the end.
     * Inside a transaction or another load, part of it instead.
     */
    @Override
    public void load(Runnable writes) {
        requireNonNull(writes, "writes");
        if (bulk != null) {
            writes.run();
            return;
        }
        if (base.isInTransaction()) {
            writeTogether(writes);
            return;
        }
        bulk = BulkLoad.start(base, location);
        long version;
        try {
            writes.run();
            version = bulk.finish();
        } catch (RuntimeException e) {
            throw bulk.fail(e);
        } finally {
            bulk = null;
        }
        if (version >= 0) {
            committed(version);
        }
    }

    private boolean replace(Node g, Graph given) {
        Graph stored = base.getGraph(g);
        Graph wanted = canonical(given);
        if (stored.isEmpty()) {
            // A new graph, as every graph of a bulk load is: nothing to compare or remove.
            wanted.find().forEachRemaining(t -> base.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            return !wanted.isEmpty();
        }
        // Compared in memory: isomorphism over blank nodes probes the graph many times, each a TDB2 index read.
        if (stored.size() == wanted.size() && inMemory(stored).isIsomorphicWith(wanted)) {
            return false;
        }
        if (hasBlankNodes(stored) || hasBlankNodes(wanted)) {
            base.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            wanted.find().forEachRemaining(t -> base.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            return true;
        }
        List<Triple> removed = new ArrayList<>();
        stored.find().forEachRemaining(t -> {
            if (!wanted.contains(t)) {
                removed.add(t);
            }
        });
        List<Triple> added = new ArrayList<>();
        wanted.find().forEachRemaining(t -> {
            if (!stored.contains(t)) {
                added.add(t);
            }
        });
        removed.forEach(t -> base.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
        added.forEach(t -> base.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        return true;
    }

    /**
     * {@code graph} with its literals in the canonical form TDB2 gives back for the numbers and
     * dates it stores as values ("52.480" comes back "52.48"), so unchanged content compares equal.
     */
    static Graph canonical(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> copy.add(Triple.create(t.getSubject(), t.getPredicate(),
                t.getObject().isLiteral() ? CanonicalizeLiteral.get().apply(t.getObject()) : t.getObject())));
        return copy;
    }

    private static Graph inMemory(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, graph);
        return copy;
    }

    private static boolean hasBlankNodes(Graph graph) {
        return graph.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
    }

    @Override
    public long version() {
        // Inside this thread's own write transaction, the version it has reached so far.
        return base.isInTransaction() ? ChangeLog.version(base) : known.get();
    }

    private void committed(long version) {
        known.accumulateAndGet(version, Math::max);
        changed(version);
    }

    @Override
    public Changes changesSince(long since) {
        return Txn.calculateRead(base, () -> ChangeLog.changesSince(base, since));
    }

    @Override
    public Optional<InStep> inStep() {
        return Txn.calculateRead(base, () -> ChangeLog.inStep(base));
    }

    /** A write transaction of its own that leaves the version where it is. */
    @Override
    public boolean markInStep(InStep mark) {
        requireNonNull(mark, "mark");
        return Txn.calculateWrite(base, () -> ChangeLog.markInStep(base, mark));
    }

    @Override
    public Optional<DatasetGraph> embeddedDataset() {
        return Optional.of(base);
    }

    @Override
    public Optional<DatasetGraph> writableDataset() {
        return Optional.of(tracked);
    }

    @Override
    public void publishQuads(StreamRDF sink) {
        Txn.executeRead(base, () -> published.find().forEachRemaining(sink::quad));
    }

    @Override
    public void publishTriples(StreamRDF sink) {
        Txn.executeRead(base, () -> base.getUnionGraph().find().forEachRemaining(sink::triple));
    }

    /** The dataset for reading: the public SPARQL endpoint runs on it. Write through {@link #writableDatasetGraph()}. */
    public DatasetGraph datasetGraph() {
        return base;
    }

    /**
     * The dataset for writers other than this object's methods (the admin endpoint): what they
     * change moves the store's version and is recorded among its changes.
     */
    public DatasetGraph writableDatasetGraph() {
        return tracked;
    }

    /** The dataset as published in dumps and exports: its named graphs, without the store's own bookkeeping. */
    public DatasetGraph publishedDatasetGraph() {
        return published;
    }

    /**
     * Rewrites the store without the old index blocks its write transactions left behind (TDB2
     * compaction, deleting the old generation); nothing to do for a store in memory. Takes the
     * store for as long as it copies every quad, so it is for the end of a bulk import.
     */
    @Override
    public void compact() {
        if (!location.isMem()) {
            DatabaseMgr.compact(base, true);
        }
    }

    @Override
    public void close() {
        super.close();
        dataset.close();
    }
}

package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The embedded store: a TDB2 dataset on disk whose default graph, for queries, is the union of
 * its named graphs. Every record lives in a named graph of its own.
 *
 * <pre>
 * try (TdbStore store = TdbStore.open(Path.of("store"))) {
 *     store.replaceGraph(graphIri, model);
 * }
 * </pre>
 */
public final class TdbStore extends ConnectionStore {
    private final Dataset dataset;

    private TdbStore(Dataset dataset) {
        super(RDFConnection.connect(dataset));
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the TDB2 store in {@code directory}. */
    public static TdbStore open(Path directory) {
        requireNonNull(directory, "directory");
        Dataset dataset = TDB2Factory.connectDataset(directory.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TdbStore(dataset);
    }

    /** An in-memory TDB2 store, for tests and throw-away runs. */
    public static TdbStore inMemory() {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TdbStore(dataset);
    }

    /**
     * TDB2's data version: it moves with every committed write, whoever made it (the importer or
     * the admin endpoint), so what is cached or indexed against it never misses a change.
     */
    @Override
    public long version() {
        return Txn.calculateRead(dataset, () -> TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph())
                .getTxnSystem().getThreadTransaction().getDataVersion());
    }

    /** The dataset itself, for serving it through the embedded SPARQL endpoint and for dumps. */
    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    @Override
    public void close() {
        super.close();
        dataset.close();
    }
}

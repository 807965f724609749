package org.goodpractice.linkeddata;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 data version of the store: it moves with every committed write, whoever made it
 * (importer, admin endpoint). Values cached against it are computed inside the same read
 * transaction that read the version, so a cached value always matches the version it is kept for.
 *
 * <pre>
 * ContentVersion version = new ContentVersion(store.datasetGraph());
 * Supplier&lt;Figures&gt; figures = version.cache(description::figures);
 * </pre>
 */
public final class ContentVersion {
    private final DatasetGraph dataset;

    public ContentVersion(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
        // Fails now, with a clear message, rather than on the first request.
        current();
    }

    public long current() {
        return Txn.calculateRead(dataset, this::versionInTransaction);
    }

    /** A value computed once per data version. */
    public <T> Supplier<T> cache(Supplier<T> compute) {
        requireNonNull(compute, "compute");
        return new Supplier<>() {
            private long version = -1;
            private T value;

            @Override
            public synchronized T get() {
                return Txn.calculateRead(dataset, () -> {
                    long now = versionInTransaction();
                    if (now != version) {
                        value = compute.get();
                        version = now;
                    }
                    return value;
                });
            }
        };
    }

    private long versionInTransaction() {
        try {
            return TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem().getThreadTransaction().getDataVersion();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The store is not a TDB2 dataset; cannot track its data version", e);
        }
    }
}

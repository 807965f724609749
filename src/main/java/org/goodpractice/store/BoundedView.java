package org.goodpractice.store;

import java.util.Map;

import org.apache.jena.rdf.model.Model;

/**
 * The read-only view {@link SparqlStore#bounded} returns: each store overrides the reads to put
 * its timeout on them; writing is refused and closing leaves the store to its owner.
 */
abstract class BoundedView extends ForwardingStore {
    BoundedView(SparqlStore store) {
        super(store);
    }

    @Override
    public final void replaceGraphs(Map<String, Model> graphs) {
        throw new UnsupportedOperationException("A bounded view of the store is read-only");
    }

    @Override
    public final boolean markInStep(InStep mark) {
        throw new UnsupportedOperationException("A bounded view of the store is read-only");
    }

    @Override
    public final void close() {
        // The view owns nothing; the store is closed by its owner.
    }
}

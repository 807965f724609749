package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.function.LongConsumer;

import org.apache.jena.rdf.model.Model;

/**
 * A read-only view of a store that answers its queries its own way (under a timeout, behind a
 * gate) and forwards everything else, emptiness, versions and change listeners, to the store it
 * views. Writes are refused; closing the view closes nothing, since the store has its own owner.
 *
 * <pre>
 * class Timed extends ForwardingStore {
 *     Timed(SparqlStore store) { super(store); }
 *     // select, construct and ask with a timeout
 * }
 * </pre>
 */
public abstract class ForwardingStore implements SparqlStore {
    private final SparqlStore viewed;

    protected ForwardingStore(SparqlStore viewed) {
        this.viewed = requireNonNull(viewed, "viewed");
    }

    /** The store this view forwards to. */
    protected final SparqlStore viewed() {
        return viewed;
    }

    @Override
    public final void replaceGraphs(Map<String, Model> graphs) {
        throw new UnsupportedOperationException("This view of the store is read-only");
    }

    @Override
    public boolean isEmpty() {
        return viewed.isEmpty();
    }

    @Override
    public long version() {
        return viewed.version();
    }

    @Override
    public Changes changesSince(long since) {
        return viewed.changesSince(since);
    }

    @Override
    public void onChange(LongConsumer listener) {
        viewed.onChange(listener);
    }

    @Override
    public final void close() {
        // The view owns nothing; the store is closed by its owner.
    }
}

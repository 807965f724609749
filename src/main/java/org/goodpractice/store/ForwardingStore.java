package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * A store that hands every operation to another one; views of a store (bounded, gated, counted)
 * override only what they change. Closing it closes the other store.
 *
 * <pre>
 * SparqlStore readOnly = new ForwardingStore(store) {
 *     public void replaceGraphs(Map&lt;String, Model&gt; graphs) { throw new UnsupportedOperationException(); }
 * };
 * </pre>
 */
public abstract class ForwardingStore implements SparqlStore {
    private final SparqlStore store;

    protected ForwardingStore(SparqlStore store) {
        this.store = requireNonNull(store, "store");
    }

    /** The store operations are handed to. */
    protected final SparqlStore store() {
        return store;
    }

    @Override
    public <T> T select(Query query, Function<ResultSet, T> reader) {
        return store.select(query, reader);
    }

    @Override
    public Model construct(Query query) {
        return store.construct(query);
    }

    @Override
    public boolean ask(Query query) {
        return store.ask(query);
    }

    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        store.replaceGraphs(graphs);
    }

    @Override
    public boolean isEmpty() {
        return store.isEmpty();
    }

    @Override
    public long version() {
        return store.version();
    }

    @Override
    public Changes changesSince(long since) {
        return store.changesSince(since);
    }

    @Override
    public Optional<InStep> inStep() {
        return store.inStep();
    }

    @Override
    public boolean markInStep(InStep mark) {
        return store.markInStep(mark);
    }

    @Override
    public void onChange(LongConsumer listener) {
        store.onChange(listener);
    }

    @Override
    public SparqlStore bounded(Duration timeout) {
        return store.bounded(timeout);
    }

    @Override
    public QueryExec forward(Query query, long timeoutMillis) {
        return store.forward(query, timeoutMillis);
    }

    @Override
    public void publishQuads(StreamRDF sink) {
        store.publishQuads(sink);
    }

    @Override
    public void publishTriples(StreamRDF sink) {
        store.publishTriples(sink);
    }

    @Override
    public void writeTogether(Runnable writes) {
        store.writeTogether(writes);
    }

    @Override
    public void load(Runnable writes) {
        store.load(writes);
    }

    @Override
    public Optional<DatasetGraph> embeddedDataset() {
        return store.embeddedDataset();
    }

    @Override
    public Optional<DatasetGraph> writableDataset() {
        return store.writableDataset();
    }

    @Override
    public Optional<String> unreachable() {
        return store.unreachable();
    }

    @Override
    public void close() {
        store.close();
    }
}

package org.goodpractice.store;

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
 * Everything the importer and the web pages need from a store, expressed as SPARQL 1.1 and
 * Graph Store operations, so that an embedded TDB2 dataset and a remote SPARQL endpoint are
 * interchangeable. Queries see the union of all named graphs as their default graph.
 *
 * <p>A store has one notion of change, which every cache and derived structure (search index,
 * links, page cache, dumps) follows: a {@link #version()} that moves with every committed write,
 * and {@link #changesSince(long)}, the named graphs written after a version. Writing a graph with
 * the content it already has is not a change: nothing is written and the version stays.
 *
 * <pre>
 * try (SparqlStore store = TdbStore.open(Path.of("store"))) {
 *     int n = store.select(query, rs -&gt; ResultSetFormatter.consume(rs));
 * }
 * </pre>
 */
public interface SparqlStore extends AutoCloseable {

    /** Runs a SELECT query and hands its results to {@code reader} while they are valid. */
    <T> T select(Query query, Function<ResultSet, T> reader);

    /** Runs a CONSTRUCT or DESCRIBE query; the returned model is a detached copy. */
    Model construct(Query query);

    /** Runs an ASK query. */
    boolean ask(Query query);

    /** Replaces the whole named graph {@code graphIri} with {@code graph}, atomically. */
    default void replaceGraph(String graphIri, Model graph) {
        replaceGraphs(Map.of(graphIri, graph));
    }

    /**
     * Replaces each named graph of {@code graphs} (graph IRI to its new content) in one write
     * transaction: a reader sees all of them replaced or none.
     */
    void replaceGraphs(Map<String, Model> graphs);

    /**
     * Runs {@code writes}, a series of {@link #replaceGraphs} calls on this thread, as one
     * transaction where the store has them: they commit together or not at all, and the
     * {@link #onChange} listeners hear of them after the commit. A bulk load into embedded TDB2
     * then leaves no copies of index blocks per batch to compact away. Elsewhere each write is its own.
     */
    default void writeTogether(Runnable writes) {
        writes.run();
    }

    /**
     * Runs {@code writes}, a series of {@link #replaceGraphs} calls on this thread that only add
     * graphs the store does not hold, as a bulk load where the store has a faster way than
     * transactions (embedded TDB2: Jena's loader); otherwise as {@link #writeTogether}. Meant for
     * filling a store that holds no records yet.
     */
    default void load(Runnable writes) {
        writeTogether(writes);
    }

    /** True when the store holds no triple in any graph. */
    boolean isEmpty();

    /**
     * The store's version: it moves with every committed change of any named graph, whoever made
     * it, and never goes back; caches key on it.
     */
    long version();

    /** The named graphs changed after version {@code since}, up to the current version. */
    Changes changesSince(long since);

    /**
     * The last mark that the derived graphs were in step with a version of this store; empty when
     * the store was never marked or keeps no marks (then every start repairs).
     */
    default Optional<InStep> inStep() {
        return Optional.empty();
    }

    /**
     * Marks the derived graphs in step with {@code mark}'s version, provided that it is still the
     * store's version (another writer may have moved it since the caller looked); writing the mark
     * does not move the version. Returns whether the mark was written; a store that keeps no marks
     * writes none.
     */
    default boolean markInStep(InStep mark) {
        return false;
    }

    /**
     * Calls {@code listener} with the new version after each change committed through this store
     * object (its own writes and its {@link TdbStore#writableDatasetGraph() tracked dataset}),
     * on the writer's thread once its transaction is over. Other processes' changes are found by
     * polling {@link #version()}.
     */
    void onChange(LongConsumer listener);

    /**
     * A read-only view of this store whose queries stop after {@code timeout} and never call out
     * with SERVICE; for the queries the web site runs on behalf of its visitors. Closing the view
     * closes nothing.
     */
    SparqlStore bounded(Duration timeout);

    /**
     * An execution of {@code query} on the store as the public endpoint forwards it, stopped
     * after {@code timeoutMillis}; the caller has checked and capped the query.
     */
    QueryExec forward(Query query, long timeoutMillis);

    /** Streams every quad of the named graphs (never the store's own bookkeeping) into {@code sink}. */
    void publishQuads(StreamRDF sink);

    /** Streams the triples of the union of the named graphs, each once, into {@code sink}. */
    void publishTriples(StreamRDF sink);

    /**
     * The dataset itself when the store is embedded in this process: the public endpoint then
     * evaluates queries in-process, with its regular-expression deadline. Empty for a remote store.
     */
    default Optional<DatasetGraph> embeddedDataset() {
        return Optional.empty();
    }

    /**
     * The dataset for the admin endpoint's writes, tracked as changes: the embedded dataset, or for a
     * remote store copies of the graphs a write touches, sent at commit. Empty by default.
     */
    default Optional<DatasetGraph> writableDataset() {
        return Optional.empty();
    }

    /** Why the store cannot be reached now (a remote store that does not answer); empty while it answers. */
    default Optional<String> unreachable() {
        return Optional.empty();
    }

    /**
     * Reclaims the space big writes left behind, for stores that must be told (embedded TDB2);
     * a remote service manages its own storage, so by default there is nothing to do.
     */
    default void compact() {
    }

    @Override
    void close();
}

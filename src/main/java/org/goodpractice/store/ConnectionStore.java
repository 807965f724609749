package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * A {@link SparqlStore} over a Jena {@link RDFConnection}: a local dataset or, through
 * {@link #remote(String)}, any SPARQL 1.1 endpoint that also speaks the Graph Store Protocol.
 * Its versions count the writes made through this object, in memory: another process's writes
 * are not seen; {@link TdbStore} and {@link RemoteStore} keep the version in the store itself.
 */
public class ConnectionStore implements SparqlStore {
    private static final Query ALL_QUADS = QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query UNION_TRIPLES = QueryFactory.create("SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
    private static final Query ANY_TRIPLE = QueryFactory.create("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");

    private final RDFConnection connection;
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    private long version;
    private InStep inStep;

    public ConnectionStore(RDFConnection connection) {
        this.connection = requireNonNull(connection, "connection");
    }

    /** A store backed by a remote dataset URL, e.g. {@code http://host/ds}. */
    public static ConnectionStore remote(String datasetUrl) {
        return new ConnectionStore(RDFConnection.connect(requireNonNull(datasetUrl, "datasetUrl")));
    }

    @Override
    public <T> T select(Query query, Function<ResultSet, T> reader) {
        Object[] result = new Object[1];
        connection.queryResultSet(query, rs -> result[0] = reader.apply(rs));
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    @Override
    public Model construct(Query query) {
        return query.isDescribeType() ? connection.queryDescribe(query) : connection.queryConstruct(query);
    }

    @Override
    public boolean ask(Query query) {
        return connection.queryAsk(query);
    }

    /**
     * One transaction for all the graphs: on TDB2 every write transaction copies the index blocks
     * it touches, so a graph per transaction makes a store many times the size of its data.
     */
    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        requireNonNull(graphs, "graphs");
        if (graphs.isEmpty()) {
            return;
        }
        connection.executeWrite(() -> graphs.forEach(connection::put));
        long now;
        synchronized (this) {
            now = ++version;
            graphs.keySet().forEach(g -> changedAt.put(g, version));
        }
        changed(now);
    }

    @Override
    public boolean isEmpty() {
        return !ask(ANY_TRIPLE);
    }

    @Override
    public synchronized long version() {
        return version;
    }

    @Override
    public synchronized Changes changesSince(long since) {
        if (since > version || since < 0) {
            return Changes.unknown(since, version);
        }
        Set<String> graphs = changedAt.entrySet().stream().filter(e -> e.getValue() > since)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return Changes.of(since, version, graphs);
    }

    /** Kept in memory, like the version, so it lasts as long as this object. */
    @Override
    public synchronized Optional<InStep> inStep() {
        return Optional.ofNullable(inStep);
    }

    @Override
    public synchronized boolean markInStep(InStep mark) {
        requireNonNull(mark, "mark");
        if (mark.version() != version) {
            return false;
        }
        inStep = mark;
        return true;
    }

    @Override
    public void onChange(LongConsumer listener) {
        listeners.add(requireNonNull(listener, "listener"));
    }

    /** Tells the listeners that the store reached {@code version}; call outside any transaction. */
    protected final void changed(long newVersion) {
        listeners.forEach(l -> l.accept(newVersion));
    }

    @Override
    public void close() {
        connection.close();
    }

    /** The connection to the dataset, for subclasses. */
    protected final RDFConnection connection() {
        return connection;
    }

    @Override
    public QueryExec forward(Query query, long timeoutMillis) {
        return QueryExec.adapt(connection.newQuery().query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .set(ARQ.httpServiceAllowed, false).build());
    }

    /** One streamed SELECT, so the store never lays out the whole dataset. */
    @Override
    public void publishQuads(StreamRDF sink) {
        requireNonNull(sink, "sink");
        connection.querySelect(ALL_QUADS, row -> sink.quad(Quad.create(row.get("g").asNode(),
                row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode())));
    }

    @Override
    public void publishTriples(StreamRDF sink) {
        requireNonNull(sink, "sink");
        connection.querySelect(UNION_TRIPLES, row -> sink.triple(Triple.create(row.get("s").asNode(),
                row.get("p").asNode(), row.get("o").asNode())));
    }

    /**
     * A read-only view of this store whose queries stop after {@code timeout} (Jena's query
     * timeout: evaluation is abandoned, not only the wait) and never call out with SERVICE; for
     * the queries the web site runs on behalf of its visitors. Closing the view closes nothing.
     *
     * <pre>
     * SparqlStore pages = store.bounded(Duration.ofSeconds(15));
     * </pre>
     */
    @Override
    public SparqlStore bounded(Duration timeout) {
        requireNonNull(timeout, "timeout");
        return new BoundedView(this) {
            @Override
            public <T> T select(Query query, Function<ResultSet, T> reader) {
                return Txn.calculateRead(connection, () -> {
                    try (QueryExecution exec = execution(query)) {
                        return reader.apply(exec.execSelect());
                    }
                });
            }

            @Override
            public Model construct(Query query) {
                return Txn.calculateRead(connection, () -> {
                    try (QueryExecution exec = execution(query)) {
                        Model model = query.isDescribeType() ? exec.execDescribe() : exec.execConstruct();
                        return ModelFactory.createDefaultModel().add(model);
                    }
                });
            }

            @Override
            public boolean ask(Query query) {
                return Txn.calculateRead(connection, () -> {
                    try (QueryExecution exec = execution(query)) {
                        return exec.execAsk();
                    }
                });
            }

            private QueryExecution execution(Query query) {
                return connection.newQuery().query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .set(ARQ.httpServiceAllowed, false).build();
            }
        };
    }
}

package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdfconnection.RDFConnectionRemoteBuilder;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store kept by a SPARQL 1.1 service of its own (Fuseki, or any engine speaking Query, Update
 * and the Graph Store Protocol), shared by any number of processes. Its version and the graphs
 * changed per version live in the service itself ({@link RemoteChangeLog}), moved by every
 * writer in the update request that makes the change; each process polls the version every
 * {@code interval} and tells its {@link #onChange listeners} when it moved, whoever wrote.
 * While the service does not answer, {@link #unreachable()} says why, a line is logged, polling
 * goes on and the store recovers by itself.
 *
 * <pre>
 * try (RemoteStore store = RemoteStore.open(RemoteEndpoints.fuseki("http://localhost:3030/ds"), Duration.ofSeconds(2))) {
 *     store.replaceGraph(graphIri, model);
 * }
 * </pre>
 */
public final class RemoteStore extends ConnectionStore {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);
    private static final long UNREAD = Long.MIN_VALUE;

    private final RemoteEndpoints endpoints;
    private final RemoteQueries queries;
    private final RemoteChangeLog log;
    private final RemoteGraphs graphs;
    private final ScheduledExecutorService poller;
    private final AtomicReference<String> problem = new AtomicReference<>();
    private final RemoteWrites writes = new RemoteWrites(this);
    private volatile long version = UNREAD;

    private RemoteStore(RemoteEndpoints endpoints, HttpClient client, RDFConnection connection, Duration interval) {
        super(connection);
        this.endpoints = endpoints;
        this.queries = new RemoteQueries(endpoints, client);
        this.log = new RemoteChangeLog(connection, endpoints.engine());
        this.graphs = new RemoteGraphs(endpoints, connection, queries);
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "remote-store-poller");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Connects to the service at {@code endpoints}, polling its version every {@code interval}; never fails when it is down. */
    public static RemoteStore open(RemoteEndpoints endpoints, Duration interval) {
        requireNonNull(endpoints, "endpoints");
        requireNonNull(interval, "interval");
        HttpClient client = endpoints.httpClient();
        RDFConnectionRemoteBuilder builder = RDFConnectionRemote.newBuilder().queryEndpoint(endpoints.queryUrl())
                .updateEndpoint(endpoints.updateUrl()).gspEndpoint(endpoints.gspUrl())
                .httpClient(client).parseCheckSPARQL(false).querySendMode(endpoints.engine().querySendMode());
        if (endpoints.engine().acceptGraph() != null) {
            builder.acceptHeaderGraph(endpoints.engine().acceptGraph());
        }
        return new RemoteStore(endpoints, client, builder.build(), interval);
    }

    /** Where the store answers (never with its password). */
    public RemoteEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public Optional<String> unreachable() {
        return Optional.ofNullable(problem.get());
    }

    /**
     * Synchronized: the timer and a writer poll at once, and the one that read the service first
     * must not set its older version after the other set the newer one.
     */
    private synchronized void poll() {
        try {
            long now = log.version();
            reached();
            if (now != version) {
                version = now;
                changed(now);
            }
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void reached() {
        if (problem.getAndSet(null) != null) {
            LOG.info("The data store at {} answers again", endpoints);
        }
    }

    private void failed(RuntimeException e) {
        String why = "the data store at " + endpoints + " is unreachable (" + StoreFailures.describe(e) + ")";
        if (!why.equals(problem.getAndSet(why))) {
            LOG.warn("{}; retrying", why);
        }
    }

    /**
     * Writes the graphs whose stored content differs, and moves the version, in one update
     * request (one transaction on the service); nothing when all are unchanged.
     */
    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        requireNonNull(graphs, "graphs");
        Map<String, Graph> changed = new LinkedHashMap<>();
        graphs.forEach((iri, model) -> {
            if (!sameContent(this.graphs.stored(iri), model.getGraph())) {
                changed.put(iri, model.getGraph());
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        log.write(changed);
        poll();
    }

    private static boolean sameContent(Graph stored, Graph given) {
        Graph a = TdbStore.canonical(stored);
        Graph b = TdbStore.canonical(given);
        return a.size() == b.size() && a.isIsomorphicWith(b);
    }

    /** Writes checked in this process (the admin endpoint) on copies of the graphs they touch ({@link RemoteWrites}). */
    @Override
    public Optional<DatasetGraph> writableDataset() {
        return Optional.of(writes);
    }

    /** Whole graphs and quad patterns read from the service, for {@link RemoteWrites}. */
    RemoteGraphs graphs() {
        return graphs;
    }

    /** The version as the service holds it now, not as last polled. */
    long storedVersion() {
        return log.version();
    }

    @Override
    public long version() {
        long now = version;
        if (now == UNREAD) {
            synchronized (this) {
                if (version == UNREAD) {
                    version = log.version();
                }
                now = version;
            }
        }
        return now;
    }

    @Override
    public Changes changesSince(long since) {
        return log.changesSince(since);
    }

    @Override
    public Optional<InStep> inStep() {
        return log.inStep();
    }

    @Override
    public boolean markInStep(InStep mark) {
        return log.markInStep(requireNonNull(mark, "mark"));
    }

    @Override
    public <T> T select(Query query, Function<ResultSet, T> reader) {
        return queries.select(requireNonNull(query, "query"), requireNonNull(reader, "reader"), 0);
    }

    @Override
    public Model construct(Query query) {
        return queries.construct(requireNonNull(query, "query"), 0);
    }

    @Override
    public boolean ask(Query query) {
        return queries.ask(requireNonNull(query, "query"), 0);
    }

    @Override
    public boolean isEmpty() {
        return queries.isEmpty();
    }

    @Override
    public void publishQuads(StreamRDF sink) {
        queries.publishQuads(requireNonNull(sink, "sink"));
    }

    @Override
    public void publishTriples(StreamRDF sink) {
        queries.publishTriples(requireNonNull(sink, "sink"));
    }

    @Override
    public QueryExec forward(Query query, long timeoutMillis) {
        return queries.exec(requireNonNull(query, "query"), timeoutMillis);
    }

    /** A read-only view whose queries the client abandons after {@code timeout}; closing it closes nothing. */
    @Override
    public SparqlStore bounded(Duration timeout) {
        long millis = requireNonNull(timeout, "timeout").toMillis();
        return new BoundedView(this) {
            @Override
            public <T> T select(Query query, Function<ResultSet, T> reader) {
                return queries.select(query, reader, millis);
            }

            @Override
            public Model construct(Query query) {
                return queries.construct(query, millis);
            }

            @Override
            public boolean ask(Query query) {
                return queries.ask(query, millis);
            }
        };
    }

    @Override
    public void close() {
        poller.shutdownNow();
        super.close();
    }
}

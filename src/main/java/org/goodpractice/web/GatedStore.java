package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.exec.QueryExec;
import org.goodpractice.store.Changes;
import org.goodpractice.store.ForwardingStore;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.store.StoreFailures;

/**
 * The store as the site's own pages, documents and downloads (or the query form) reach it:
 * every query runs under a timeout and holds one of a few permits while it runs, so that no
 * request can keep a thread for minutes and a burst of slow ones cannot take them all. A query
 * that finds no permit within a short wait, or runs past its time, ends the request with
 * {@link PageUnavailableException} (a 503 page).
 *
 * <pre>
 * SparqlStore pages = GatedStore.over(store, Duration.ofSeconds(15), 8, Duration.ofSeconds(2));
 * </pre>
 */
public final class GatedStore extends ForwardingStore {
    private final Duration timeout;
    private final Duration wait;
    private final Semaphore permits;

    private GatedStore(SparqlStore store, Duration timeout, int permits, Duration wait) {
        super(store);
        this.timeout = requireNonNull(timeout, "timeout");
        this.wait = requireNonNull(wait, "wait");
        if (permits < 1) {
            throw new IllegalArgumentException("At least one query must be allowed at a time: " + permits);
        }
        this.permits = new Semaphore(permits);
    }

    /**
     * {@code store} with queries stopped after {@code timeout}, at most {@code permits} at a time,
     * each waiting at most {@code wait} for its turn.
     */
    public static GatedStore over(SparqlStore store, Duration timeout, int permits, Duration wait) {
        requireNonNull(store, "store");
        return new GatedStore(store.bounded(timeout), timeout, permits, wait);
    }

    @Override
    public <T> T select(Query query, Function<ResultSet, T> reader) {
        return gated(() -> super.select(query, reader));
    }

    @Override
    public Model construct(Query query) {
        return gated(() -> super.construct(query));
    }

    @Override
    public boolean ask(Query query) {
        return gated(() -> super.ask(query));
    }

    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        throw new UnsupportedOperationException("The site's view of the store is read-only");
    }

    @Override
    public void close() {
        // The gate owns no resource; the store is closed by its owner.
    }

    private <T> T gated(Supplier<T> query) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageUnavailableException("The server is stopping; try again in a few seconds.");
        }
        if (!acquired) {
            throw new PageUnavailableException("The server is busy answering other requests; try again in a few seconds.");
        }
        try {
            return query.get();
        } catch (QueryCancelledException e) {
            throw new PageUnavailableException("Answering this took longer than the " + timeout.toSeconds()
                    + " s the server allows; try again later, or ask a narrower question.");
        } catch (RuntimeException e) {
            if (StoreFailures.isUnreachable(e)) {
                throw new PageUnavailableException("The data store is unreachable at the moment; "
                        + "the site shows its pages again as soon as it answers. Try again in a few seconds.");
            }
            throw e;
        } finally {
            permits.release();
        }
    }
}

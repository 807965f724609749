package org.goodpractice.search;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.goodpractice.store.SparqlStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lucene full-text and facet index of the store's practices and case studies that follows the
 * store's {@link SparqlStore#changesSince changes}: each commit records the store version it
 * reflects (and the document schema) in its user data, and catching up re-reads only the records
 * of the graphs changed since, plus those naming a concept or place whose label changed. It
 * catches up on the writer's thread after every change made in this process (an import batch, an
 * admin write) and polls the store for others; searches never wait for it. A full rebuild happens
 * only when the index is missing, of another schema or of another store, and then in the
 * background while the old index keeps answering.
 *
 * <pre>
 * SearchIndex index = SearchIndex.open(store, "http://localhost:8080/", Path.of("store-index"));
 * SearchResults results = new SearchEngine(index).search(SearchRequest.parse(ctx.queryParamMap()));
 * </pre>
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final long POLL_MILLIS = 2_000;

    private final SparqlStore store;
    private final IndexUpdater updater;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong generation = new AtomicLong();
    private final Object caughtUp = new Object();
    private volatile boolean rebuilding;
    private volatile boolean closed;

    private SearchIndex(SparqlStore store, String baseUri, Directory directory) throws IOException {
        this.store = store;
        this.updater = new IndexUpdater(store, baseUri, directory, this::published);
    }

    /** An index in memory, built from {@code store} now, that follows it from then on. */
    public static SearchIndex build(SparqlStore store, String baseUri) {
        SearchIndex index = create(store, baseUri, new ByteBuffersDirectory());
        index.updater.rebuild();
        index.follow();
        return index;
    }

    /**
     * The index kept in {@code directory} (created if missing): it serves what it holds at once and
     * catches up with the store in the background, rebuilding it there when it is missing or stale.
     */
    public static SearchIndex open(SparqlStore store, String baseUri, Path directory) {
        requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            SearchIndex index = create(store, baseUri, FSDirectory.open(directory));
            index.updater.openCommitted();
            index.follow();
            index.worker.execute(index::catchUpSafely);
            return index;
        } catch (IOException e) {
            throw new SearchIndexException("Cannot open the search index in " + directory + ": " + e.getMessage()
                    + " (delete the directory to have it rebuilt from the store)", e);
        }
    }

    private static SearchIndex create(SparqlStore store, String baseUri, Directory directory) {
        requireNonNull(store, "store");
        requireNonNull(baseUri, "baseUri");
        try {
            return new SearchIndex(store, baseUri, directory);
        } catch (IOException e) {
            throw new SearchIndexException("Cannot create the search index: " + e.getMessage(), e);
        }
    }

    private void follow() {
        store.onChange(version -> {
            if (!rebuilding && !closed) {
                catchUpSafely();
            }
        });
        worker.scheduleWithFixedDelay(() -> {
            if (!rebuilding && store.version() != updater.indexedVersion()) {
                catchUpSafely();
            }
        }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Re-reads records {@code iris} from the store: indexes each anew, or drops it when the store no longer has it. */
    public void update(Collection<String> iris) {
        updater.update(requireNonNull(iris, "iris"));
    }

    private void rebuildInBackground() {
        if (rebuilding) {
            return;
        }
        rebuilding = true;
        LOG.info("The search index does not match the store: rebuilding it in the background");
        worker.execute(() -> {
            try {
                updater.rebuild();
            } catch (RuntimeException e) {
                LOG.warn("Rebuilding the search index failed: {}", e.getMessage(), e);
            } finally {
                rebuilding = false;
            }
            catchUpSafely();
        });
    }

    private void catchUpSafely() {
        try {
            if (!updater.catchUp()) {
                rebuildInBackground();
            }
        } catch (RuntimeException e) {
            // Searches go on from the last commit; the next change or poll tries again.
            LOG.warn("Updating the search index failed: {}", e.getMessage(), e);
        }
    }

    private void published() {
        generation.incrementAndGet();
        synchronized (caughtUp) {
            caughtUp.notifyAll();
        }
    }

    /**
     * Waits until the index reflects the store's current version, at most {@code timeout}.
     *
     * @return whether it does
     */
    public boolean awaitCurrent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (caughtUp) {
            while (updater.indexedVersion() != store.version()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                caughtUp.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
        return true;
    }

    /** The store version the index reflects; caches of what pages derive from records key on it. */
    public long version() {
        return updater.indexedVersion();
    }

    /** A number that changes whenever the index does. */
    public long generation() {
        return generation.get();
    }

    /** How many documents this index object has written (added or replaced) since it was opened. */
    public long documentsWritten() {
        return updater.documentsWritten();
    }

    /** The concepts and places as the index last read them (searches use those of their searcher). */
    public Concepts concepts() {
        return updater.concepts();
    }

    /** Runs {@code work} on the current searcher. */
    <T> T withSearcher(SearchWork<T> work) {
        try {
            return updater.lookup().withSearcher(work);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        updater.stop();
        // Not interrupted: an interrupt during a read closes the file channels under every other reader.
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
            updater.close();
        } catch (IOException e) {
            throw new SearchIndexException("Cannot close the search index: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Work done with a searcher and the concepts that name its facet values. */
    @FunctionalInterface
    interface SearchWork<T> {
        T apply(FacetedSearcher searcher, Concepts concepts) throws IOException;
    }
}

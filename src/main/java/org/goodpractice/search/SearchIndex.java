package org.goodpractice.search;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.goodpractice.store.Changes;
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
    /** The shape of the documents; an index committed with another is rebuilt. */
    static final int SCHEMA = 2;
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String STORE_VERSION = "storeVersion";
    private static final String SCHEMA_KEY = "schema";
    private static final long POLL_MILLIS = 2_000;

    private final SparqlStore store;
    private final StoreReader reader;
    private final FacetsConfig config = RecordDocuments.facetsConfig();
    private final IndexWriter writer;
    private final IndexLookup lookup;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Object caughtUp = new Object();
    private volatile Concepts concepts;
    private volatile long indexedVersion;
    private volatile boolean rebuilding;
    private volatile boolean closed;

    private SearchIndex(SparqlStore store, String baseUri, Directory directory) throws IOException {
        this.store = store;
        this.reader = new StoreReader(store, baseUri);
        boolean exists = DirectoryReader.indexExists(directory);
        // Uncommitted work (a rebuild cut short by close) is dropped, never half-committed.
        this.writer = new IndexWriter(directory, new IndexWriterConfig(new TextAnalyzer()).setCommitOnClose(false));
        Map<String, String> data = new HashMap<>();
        if (exists && writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        this.indexedVersion = Long.parseLong(data.getOrDefault(STORE_VERSION, Long.toString(Long.MIN_VALUE)));
        this.concepts = new Concepts(baseUri, Map.of(), Map.of());
        this.lookup = new IndexLookup(writer, FacetedSearcher.factory(config, () -> concepts));
        if (!String.valueOf(SCHEMA).equals(data.get(SCHEMA_KEY))) {
            indexedVersion = Long.MIN_VALUE;
        }
    }

    /** An index in memory, built from {@code store} now, that follows it from then on. */
    public static SearchIndex build(SparqlStore store, String baseUri) {
        SearchIndex index = create(store, baseUri, new ByteBuffersDirectory());
        index.rebuild();
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
            index.concepts = index.reader.concepts();
            index.lookup.refresh();
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
            if (!rebuilding && store.version() != indexedVersion) {
                catchUpSafely();
            }
        }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Reads every record from the store again and replaces the whole index in one commit. */
    synchronized void rebuild() {
        long started = System.nanoTime();
        long version = store.version();
        Concepts now = reader.concepts();
        List<IndexedRecord> records = reader.records(now);
        try {
            writer.deleteAll();
            for (IndexedRecord record : records) {
                if (closed) {
                    return;
                }
                writer.addDocument(config.build(RecordDocuments.document(record, now)));
                written.incrementAndGet();
            }
            publish(now, version);
        } catch (IOException e) {
            throw new SearchIndexException("Cannot rebuild the search index: " + e.getMessage(), e);
        }
        LOG.info("Indexed {} records in {} ms", records.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Brings the index to the store's current version, reading only what changed since the last. */
    synchronized void catchUp() {
        Changes changes = store.changesSince(indexedVersion);
        if (changes.everything()) {
            rebuildInBackground();
            return;
        }
        if (changes.now() == indexedVersion) {
            return;
        }
        try {
            Set<String> records = new HashSet<>();
            Set<String> referenceGraphs = new HashSet<>(changes.graphs());
            reader.recordsIn(changes.graphs()).forEach((graph, iris) -> {
                records.addAll(iris);
                referenceGraphs.remove(graph);
            });
            for (String graph : changes.graphs()) {
                Set<String> indexed = lookup.records(RecordDocuments.GRAPH, Set.of(graph));
                records.addAll(indexed);
                if (!indexed.isEmpty()) {
                    referenceGraphs.remove(graph);
                }
            }
            Concepts now = concepts;
            if (!referenceGraphs.isEmpty()) {
                now = reader.concepts();
                Set<String> changed = now.changedIris(concepts);
                records.addAll(lookup.records(RecordDocuments.REF, changed));
                records.addAll(lookup.records(RecordDocuments.CONCEPT, changed));
            }
            write(records, now);
            publish(now, changes.now());
        } catch (IOException e) {
            throw new SearchIndexException("Cannot update the search index: " + e.getMessage(), e);
        }
    }

    /** Re-reads records {@code iris} from the store: indexes each anew, or drops it when the store no longer has it. */
    public synchronized void update(Collection<String> iris) {
        requireNonNull(iris, "iris");
        try {
            Concepts now = reader.concepts();
            write(iris, now);
            publish(now, indexedVersion);
        } catch (IOException e) {
            throw new SearchIndexException("Cannot update the search index for " + iris + ": " + e.getMessage(), e);
        }
    }

    private void write(Collection<String> iris, Concepts now) throws IOException {
        for (String iri : iris) {
            Term term = new Term(RecordDocuments.IRI, iri);
            Optional<IndexedRecord> record = reader.record(iri, now);
            if (record.isPresent()) {
                writer.updateDocument(term, config.build(RecordDocuments.document(record.get(), now)));
                written.incrementAndGet();
            } else {
                writer.deleteDocuments(term);
            }
        }
    }

    private void rebuildInBackground() {
        if (rebuilding) {
            return;
        }
        rebuilding = true;
        LOG.info("The search index does not match the store: rebuilding it in the background");
        worker.execute(() -> {
            try {
                rebuild();
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
            catchUp();
        } catch (RuntimeException e) {
            // Searches go on from the last commit; the next change or poll tries again.
            LOG.warn("Updating the search index failed: {}", e.getMessage(), e);
        }
    }

    private void publish(Concepts now, long version) throws IOException {
        concepts = now;
        writer.setLiveCommitData(Map.of(STORE_VERSION, Long.toString(version), SCHEMA_KEY, Integer.toString(SCHEMA)).entrySet());
        writer.commit();
        lookup.refresh();
        indexedVersion = version;
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
            while (indexedVersion != store.version()) {
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
        return indexedVersion;
    }

    /** A number that changes whenever the index does. */
    public long generation() {
        return generation.get();
    }

    /** How many documents this index object has written (added or replaced) since it was opened. */
    public long documentsWritten() {
        return written.get();
    }

    /** The concepts and places as the index last read them (searches use those of their searcher). */
    public Concepts concepts() {
        return concepts;
    }

    /** Runs {@code work} on the current searcher. */
    <T> T withSearcher(SearchWork<T> work) {
        try {
            return lookup.withSearcher(work);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    FacetsConfig facetsConfig() {
        return config;
    }

    @Override
    public void close() {
        closed = true;
        // Not interrupted: an interrupt during a read closes the file channels under every other reader.
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
            synchronized (this) {
                lookup.close();
                writer.close();
            }
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

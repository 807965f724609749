package org.goodpractice.search;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.goodpractice.store.SparqlStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lucene full-text and facet index of the store's practices and case studies, held in memory
 * and built from the store (about a second per few thousand records, see bench/README.md). It
 * follows the store in two ways: {@link #update(Collection)} re-reads some records (the importer
 * calls it with the records it wrote), and {@link #sync()} rebuilds everything when the store's
 * version moved without the index being told. A server restart always starts from the store.
 *
 * <pre>
 * SearchIndex index = SearchIndex.build(store, "http://localhost:8080/");
 * importer.onRecordsWritten(index::update);
 * SearchResults results = index.search(SearchRequest.parse(ctx.queryParamMap()));
 * </pre>
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final SparqlStore store;
    private final StoreReader reader;
    private final FacetsConfig config = RecordDocuments.facetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicLong generation = new AtomicLong();
    private volatile Concepts concepts;
    private volatile long syncedVersion = Long.MIN_VALUE;

    private SearchIndex(SparqlStore store, String baseUri) throws IOException {
        this.store = store;
        this.reader = new StoreReader(store, baseUri);
        this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(new TextAnalyzer()));
        this.concepts = new Concepts(baseUri, Map.of(), Map.of());
        this.searchers = new SearcherManager(writer, FacetedSearcher.factory(config, () -> concepts));
    }

    /** An index of everything in {@code store} now. */
    public static SearchIndex build(SparqlStore store, String baseUri) {
        requireNonNull(store, "store");
        requireNonNull(baseUri, "baseUri");
        try {
            SearchIndex index = new SearchIndex(store, baseUri);
            index.rebuild();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the search index", e);
        }
    }

    /** Reads every record from the store again and replaces the whole index. */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        long version = store.version();
        Concepts now = reader.concepts();
        List<IndexedRecord> records = reader.records(now);
        try {
            writer.deleteAll();
            for (IndexedRecord record : records) {
                writer.addDocument(config.build(RecordDocuments.document(record, now)));
            }
            publish(now, version);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rebuild the search index", e);
        }
        LOG.info("Indexed {} records in {} ms", records.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Re-reads records {@code iris} from the store: indexes each anew, or drops it when the store no longer has it. */
    public synchronized void update(Collection<String> iris) {
        requireNonNull(iris, "iris");
        long version = store.version();
        Concepts now = reader.concepts();
        try {
            for (String iri : iris) {
                Term term = new Term(RecordDocuments.IRI, iri);
                Optional<IndexedRecord> record = reader.record(iri, now);
                if (record.isPresent()) {
                    writer.updateDocument(term, config.build(RecordDocuments.document(record.get(), now)));
                } else {
                    writer.deleteDocuments(term);
                }
            }
            publish(now, version);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index for " + iris, e);
        }
    }

    /** Rebuilds the index if the store changed since the index last read it; cheap when it did not. */
    public void sync() {
        if (store.version() != syncedVersion) {
            synchronized (this) {
                if (store.version() != syncedVersion) {
                    rebuild();
                }
            }
        }
    }

    /** A number that changes whenever the index does; caches of what it answers key on it. */
    public long generation() {
        return generation.get();
    }

    /** The concepts and places as the index last read them (searches use those of their searcher). */
    public Concepts concepts() {
        return concepts;
    }

    /** Runs {@code work} on the current searcher, after bringing the index in step with the store. */
    <T> T withSearcher(SearchWork<T> work) {
        sync();
        try {
            FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
            try {
                return work.apply(searcher, searcher.concepts());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    FacetsConfig facetsConfig() {
        return config;
    }

    private void publish(Concepts now, long version) throws IOException {
        concepts = now;
        searchers.maybeRefreshBlocking();
        syncedVersion = version;
        generation.incrementAndGet();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index", e);
        }
    }

    /** Work done with a searcher and the concepts that name its facet values. */
    @FunctionalInterface
    interface SearchWork<T> {
        T apply(FacetedSearcher searcher, Concepts concepts) throws IOException;
    }
}

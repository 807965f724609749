package org.goodpractice.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.goodpractice.store.Changes;
import org.goodpractice.store.SparqlStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writing side of a {@link SearchIndex}: reads records from the store, writes them as
 * documents, and commits them with the store version they reflect (and the document schema) in
 * the commit's user data, so that a later start knows what to catch up with. Callers serialise
 * the writing methods (they are synchronized); searches go through {@link #lookup()}.
 */
final class IndexUpdater implements AutoCloseable {
    /** The shape of the documents; an index committed with another is rebuilt. */
    static final int SCHEMA = 2;
    private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);
    private static final String STORE_VERSION = "storeVersion";
    private static final String SCHEMA_KEY = "schema";

    private final SparqlStore store;
    private final StoreReader reader;
    private final FacetsConfig config = RecordDocuments.facetsConfig();
    private final IndexWriter writer;
    private final IndexLookup lookup;
    private final Runnable published;
    private final AtomicLong written = new AtomicLong();
    private volatile Concepts concepts;
    private volatile long indexedVersion;
    private volatile boolean closed;

    /** Opens the index in {@code directory}; {@code published} runs after every commit. */
    IndexUpdater(SparqlStore store, String baseUri, Directory directory, Runnable published) throws IOException {
        this.store = store;
        this.reader = new StoreReader(store, baseUri);
        this.published = published;
        boolean exists = DirectoryReader.indexExists(directory);
        // Uncommitted work (a rebuild cut short by close) is dropped, never half-committed.
        this.writer = new IndexWriter(directory, new IndexWriterConfig(new TextAnalyzer()).setCommitOnClose(false));
        Map<String, String> data = new HashMap<>();
        if (exists && writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        boolean sameSchema = String.valueOf(SCHEMA).equals(data.get(SCHEMA_KEY));
        this.indexedVersion = sameSchema
                ? Long.parseLong(data.getOrDefault(STORE_VERSION, Long.toString(Long.MIN_VALUE)))
                : Long.MIN_VALUE;
        this.concepts = new Concepts(baseUri, Map.of(), Map.of());
        this.lookup = new IndexLookup(writer, FacetedSearcher.factory(config, () -> concepts));
    }

    /** Reads the concepts from the store and opens a searcher on what the index holds now. */
    void openCommitted() throws IOException {
        concepts = reader.concepts();
        lookup.refresh();
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

    /**
     * Brings the index to the store's current version, reading only what changed since the last.
     *
     * @return false when the changes cannot be told apart (a store of another history): only a
     *         {@link #rebuild} brings the index up to date then
     */
    synchronized boolean catchUp() {
        Changes changes = store.changesSince(indexedVersion);
        if (changes.everything()) {
            return false;
        }
        if (changes.now() == indexedVersion) {
            return true;
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
            return true;
        } catch (IOException e) {
            throw new SearchIndexException("Cannot update the search index: " + e.getMessage(), e);
        }
    }

    /** Re-reads records {@code iris} from the store: indexes each anew, or drops it when the store no longer has it. */
    synchronized void update(Collection<String> iris) {
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

    private void publish(Concepts now, long version) throws IOException {
        concepts = now;
        writer.setLiveCommitData(Map.of(STORE_VERSION, Long.toString(version), SCHEMA_KEY, Integer.toString(SCHEMA)).entrySet());
        writer.commit();
        lookup.refresh();
        indexedVersion = version;
        published.run();
    }

    IndexLookup lookup() {
        return lookup;
    }

    long indexedVersion() {
        return indexedVersion;
    }

    long documentsWritten() {
        return written.get();
    }

    Concepts concepts() {
        return concepts;
    }

    /** Makes a rebuild under way stop at its next document, dropping what it wrote. */
    void stop() {
        closed = true;
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        lookup.close();
        writer.close();
    }
}

package org.goodpractice.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/** The searchers of an index writer: what searches run on, and which records a change concerns. */
final class IndexLookup implements AutoCloseable {
    private final SearcherManager searchers;

    IndexLookup(IndexWriter writer, SearcherFactory factory) throws IOException {
        this.searchers = new SearcherManager(writer, factory);
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    <T> T withSearcher(SearchIndex.SearchWork<T> work) throws IOException {
        FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
        try {
            return work.apply(searcher, searcher.concepts());
        } finally {
            searchers.release(searcher);
        }
    }

    /** The IRIs of the records whose {@code field} holds any of {@code values}, as last refreshed. */
    Set<String> records(String field, Collection<String> values) throws IOException {
        if (values.isEmpty()) {
            return Set.of();
        }
        List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
        return withSearcher((searcher, concepts) -> {
            Set<String> iris = new HashSet<>();
            var stored = searcher.storedFields();
            for (ScoreDoc d : searcher.search(new TermInSetQuery(field, terms), Integer.MAX_VALUE).scoreDocs) {
                iris.add(stored.document(d.doc, Set.of(RecordDocuments.IRI)).get(RecordDocuments.IRI));
            }
            return iris;
        });
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}

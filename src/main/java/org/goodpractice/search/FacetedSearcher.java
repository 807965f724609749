package org.goodpractice.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher together with what belongs to its point-in-time view of the index: the facet
 * ordinals of its reader, the concepts that name its facet values, and the hits read from its
 * stored fields so far (stored fields are compressed in blocks, so reading a document again
 * costs as much as the first time).
 */
final class FacetedSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState state;
    private final Concepts concepts;
    private final AtomicReferenceArray<Hit> hits;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState state, Concepts concepts) {
        super(reader);
        this.state = state;
        this.concepts = concepts;
        this.hits = new AtomicReferenceArray<>(reader.maxDoc());
    }

    /** The facet state, or null while the index holds no facet value at all (an empty store). */
    SortedSetDocValuesReaderState state() {
        return state;
    }

    Concepts concepts() {
        return concepts;
    }

    /** True when some document has a value for {@code dim}. */
    boolean indexed(String dim) {
        return state != null && state.getOrdRange(dim) != null;
    }

    /** The hit of document {@code doc}, read from stored fields once per searcher. */
    Hit hit(int doc) throws IOException {
        Hit hit = hits.get(doc);
        if (hit == null) {
            hit = RecordDocuments.hit(storedFields().document(doc), concepts);
            hits.set(doc, hit);
        }
        return hit;
    }

    /** Searchers for the index, each with the concepts {@code concepts} gives when it is opened. */
    static SearcherFactory factory(FacetsConfig config, Supplier<Concepts> concepts) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                boolean hasFacets = reader.leaves().stream().anyMatch(
                        leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
                return new FacetedSearcher(reader,
                        hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null, concepts.get());
            }
        };
    }
}

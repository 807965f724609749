package org.goodpractice.search;

import java.io.IOException;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher together with the facet ordinals of its reader, built once per index refresh
 * rather than once per search.
 */
final class FacetedSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState state;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState state) {
        super(reader);
        this.state = state;
    }

    /** The facet state, or null while the index holds no facet value at all (an empty store). */
    SortedSetDocValuesReaderState state() {
        return state;
    }

    /** True when some document has a value for {@code dim}. */
    boolean indexed(String dim) {
        return state != null && state.getOrdRange(dim) != null;
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                boolean hasFacets = reader.leaves().stream().anyMatch(
                        leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
                return new FacetedSearcher(reader, hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null);
            }
        };
    }
}

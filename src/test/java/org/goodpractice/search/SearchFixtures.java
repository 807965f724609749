package org.goodpractice.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.goodpractice.TestData;
import org.goodpractice.store.TdbStore;

/** Helpers for reading search results in tests. */
public final class SearchFixtures {
    private SearchFixtures() {
    }

    /** A store with its search index and engine, closed together. */
    public record Indexed(TdbStore store, SearchIndex index, SearchEngine engine) implements AutoCloseable {
        /** Indexes {@code store}, which the returned value then owns. */
        public static Indexed of(TdbStore store) {
            SearchIndex index = SearchIndex.build(store, TestData.BASE);
            return new Indexed(store, index, new SearchEngine(index));
        }

        @Override
        public void close() {
            index.close();
            store.close();
        }
    }

    /** The keys of the hits on a page of results, in order. */
    public static List<String> keys(SearchResults results) {
        return results.hits().stream().map(Hit::key).toList();
    }

    /** The values of one facet of some results. */
    public static List<FacetCount> values(SearchResults results, Facet facet) {
        return results.facets().stream().filter(f -> f.facet() == facet).findFirst().orElseThrow().values();
    }

    /** Value key to count, for one facet of some results. */
    public static Map<String, Integer> counts(SearchResults results, Facet facet) {
        return values(results, facet).stream().collect(Collectors.toMap(FacetCount::key, FacetCount::count));
    }
}

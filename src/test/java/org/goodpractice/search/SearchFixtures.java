package org.goodpractice.search;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.goodpractice.TestData;
import org.goodpractice.store.TdbStore;

/** The sample data plus resolved places and a case study ({@code search/places.trig}), under {@link TestData#BASE}. */
public final class SearchFixtures {
    private SearchFixtures() {
    }

    public static TdbStore storeWithPlaces() {
        TdbStore store = TestData.storeWithSampleData(TestData.BASE);
        Dataset places = RDFDataMgr.loadDataset(TestData.resource("search/places.trig").toString());
        for (Iterator<String> graphs = places.listNames(); graphs.hasNext(); ) {
            String graph = graphs.next();
            store.replaceGraph(graph, places.getNamedModel(graph));
        }
        return store;
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

package org.goodpractice.search;

import java.util.Iterator;

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
}

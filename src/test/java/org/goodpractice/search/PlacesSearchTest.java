package org.goodpractice.search;

import static org.goodpractice.search.SearchFixtures.counts;
import static org.goodpractice.search.SearchFixtures.keys;
import static org.goodpractice.search.SearchFixtures.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.goodpractice.TestData;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Country, region (with its NUTS parents), locality and record-type facets, against the gazetteer contract. */
class PlacesSearchTest {
    private static TdbStore store;
    private static SearchIndex index;
    private static SearchEngine engine;

    @BeforeAll
    static void load() {
        store = SearchFixtures.storeWithPlaces();
        index = SearchIndex.build(store, TestData.BASE);
        engine = new SearchEngine(index);
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    @Test
    void countryAndRecordTypeFacetsCountPracticesAndCaseStudies() {
        SearchResults all = search(Map.of());
        assertEquals(13, all.total());
        assertEquals(Map.of("GBR", 1, "ITA", 2, "FRA", 1), counts(all, Facet.COUNTRY));
        assertEquals(Map.of("practice", 12, "case-study", 1), counts(all, Facet.TYPE));
        assertEquals("Italy", label(all, Facet.COUNTRY, "ITA"));
    }

    @Test
    void aRegionCountsForEveryNutsLevelAboveIt() {
        Map<String, Integer> regions = counts(search(Map.of()), Facet.REGION);
        assertEquals(1, regions.get("UKG"));
        assertEquals(1, regions.get("UKG3"));
        assertEquals(1, regions.get("UKG31"));
        assertEquals(2, regions.get("ITC"));
        assertEquals(List.of("0557C2"), keys(search(Map.of("region", List.of("UKG")))));
    }

    @Test
    void caseStudiesAreFiledUnderTheirSubjectAndItsPriority() {
        SearchResults water = search(Map.of("sub-theme", List.of("water-management")));
        assertEquals(List.of("0913R2", "milan-water-tariffs"), keys(water), "in title order");
        assertEquals(Map.of("2", 1), counts(search(Map.of("type", List.of("case-study"))), Facet.PRIORITY),
                "the case study counts under the priority its sub-theme is narrower than");
    }

    @Test
    void placeNamesFromTheGazetteerAreSearchable() {
        assertEquals(List.of("0557C2"), keys(search(Map.of("q", List.of("\"West Midlands (England)\"")))));
        assertEquals(List.of("0412C1"), keys(search(Map.of("q", List.of("Centre-Est")))));
    }

    @Test
    void hitsCarryTheirPlaceAndTheOverviewCountsLocalities() {
        Hit birmingham = engine.hit(TestData.BASE + "id/practice/0557C2").orElseThrow();
        assertEquals("Birmingham", birmingham.locality().label());
        assertEquals(52.4862, birmingham.locality().lat(), 1e-9);
        Map<String, Integer> localities = engine.overview().localities().stream()
                .collect(Collectors.toMap(l -> l.place().label(), Overview.LocalityCount::count));
        assertEquals(Map.of("Birmingham", 1, "Milano", 2, "Lyon", 1), localities);
    }

    @Test
    void relatedPracticesIncludeThoseInTheSameRegion() {
        List<String> related = engine.related(TestData.BASE + "id/practice/0913R2", 5).stream().map(Hit::key).toList();
        assertEquals("milan-water-tariffs", related.get(0), related.toString());
    }

    private static SearchResults search(Map<String, List<String>> params) {
        return engine.search(SearchRequest.parse(params));
    }

    private static String label(SearchResults results, Facet facet, String key) {
        return values(results, facet).stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow().label();
    }
}

package org.goodpractice.search;

import static org.goodpractice.search.SearchFixtures.counts;
import static org.goodpractice.search.SearchFixtures.keys;
import static org.goodpractice.search.SearchFixtures.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.goodpractice.TestData;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Country, region (with its NUTS parents), locality and record-type facets over the sample data's resolved places. */
class PlacesSearchTest {
    private static final String MILAN_CASE_STUDY = "cutting-water-losses-in-milan-what-other-utilities-can-learn";

    private static TdbStore store;
    private static SearchIndex index;
    private static SearchEngine engine;

    @BeforeAll
    static void load() {
        store = TestData.storeWithSampleData(TestData.BASE);
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
        assertEquals(Map.of("practice", 12, "case-study", 3), counts(all, Facet.TYPE));
        Map<String, Integer> countries = counts(all, Facet.COUNTRY);
        assertEquals(12, countries.size());
        assertEquals(2, countries.get("ITA"), "the Milan practice and the Milan case study");
        assertEquals(1, countries.get("FRA"));
        assertEquals("Italy", values(all, Facet.COUNTRY).stream().filter(v -> v.key().equals("ITA")).findFirst().orElseThrow().label());
    }

    @Test
    void aRegionCountsForEveryNutsLevelAboveIt() {
        Map<String, Integer> regions = counts(search(Map.of()), Facet.REGION);
        assertEquals(List.of(1, 1, 1), List.of(regions.get("UKG"), regions.get("UKG3"), regions.get("UKG31")));
        assertEquals(2, regions.get("ITC"));
        assertEquals(List.of("0557C2"), keys(search(Map.of("region", List.of("UKG")))));
    }

    @Test
    void caseStudiesAreFiledUnderTheirInferredSubTheme() {
        assertEquals(List.of("0913R2", MILAN_CASE_STUDY), keys(search(Map.of("sub-theme", List.of("water-management")))),
                "in title order");
    }

    @Test
    void placeNamesFromTheGazetteerAreSearchable() {
        assertEquals(List.of("0412C1"), keys(search(Map.of("q", List.of("Centre-Est")))), "the NUTS 1 name of Lyon's region");
        assertEquals(List.of("0557C2"), keys(search(Map.of("q", List.of("\"West Midlands (England)\"")))));
    }

    @Test
    void hitsCarryTheirPlaceAndTheOverviewCountsLocalities() {
        Hit birmingham = engine.hit(TestData.BASE + "id/practice/0557C2").orElseThrow();
        assertEquals("Birmingham", birmingham.locality().label());
        assertEquals(52.48142, birmingham.locality().lat(), 1e-9);
        Map<String, Integer> localities = engine.overview().localities().stream()
                .collect(Collectors.toMap(l -> l.place().label(), Overview.LocalityCount::count));
        assertEquals(2, localities.get("Milan"));
        assertEquals(1, localities.get("Birmingham"));
    }

    private static SearchResults search(Map<String, List<String>> params) {
        return engine.search(SearchRequest.parse(params));
    }
}

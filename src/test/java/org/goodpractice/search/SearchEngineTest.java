package org.goodpractice.search;

import static org.goodpractice.search.SearchFixtures.counts;
import static org.goodpractice.search.SearchFixtures.keys;
import static org.goodpractice.search.SearchFixtures.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.goodpractice.TestData;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Full text, stemming, ranking, facets (with resolved places and case studies), sorting and pages
 * over the sample data: 12 practices and 3 case studies.
 */
class SearchEngineTest {
    private static final String MILAN_CASE_STUDY = "cutting-water-losses-in-milan-what-other-utilities-can-learn";
    private static final String LODZ_CASE_STUDY = "how-lodz-turned-old-mills-into-a-creative-district";

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
    void stemmingLetsLeaksFindTheLeakDetectionPracticeFirst() {
        assertEquals(List.of("0913R2", MILAN_CASE_STUDY), keys(search(Map.of("q", List.of("leaks")))),
                "the practice says 'leak detection' in its title; the case study is about Milan's water losses");
    }

    @Test
    void incubatorFindsTheIncubatorPracticeAndNothingElse() {
        assertEquals(List.of("0412C1"), keys(search(Map.of("q", List.of("incubator")))));
    }

    @Test
    void accentsAreFoldedSoPlainLettersFindPlaceNames() {
        assertEquals(Set.of("0721R3", LODZ_CASE_STUDY), Set.copyOf(keys(search(Map.of("q", List.of("Lodz"))))));
    }

    @Test
    void everyWordMustMatchAndTitleMatchesRankFirst() {
        assertEquals(List.of(), keys(search(Map.of("q", List.of("water incubator")))));
        assertEquals("0557C2", keys(search(Map.of("q", List.of("science park")))).get(0), "the practice titled Science Park");
    }

    @Test
    void choosingAPriorityNarrowsResultsAndOtherFacetCounts() {
        SearchResults practices = search(Map.of("type", List.of("practice")));
        assertEquals(12, practices.total());
        assertEquals(Map.of("1", 6, "2", 6), counts(practices, Facet.PRIORITY));
        assertEquals(10, counts(practices, Facet.SUB_THEME).size());

        SearchResults environment = search(Map.of("type", List.of("practice"), "priority", List.of("2")));
        assertEquals(6, environment.total());
        assertEquals(6, counts(environment, Facet.SUB_THEME).values().stream().mapToInt(Integer::intValue).sum());
        assertFalse(counts(environment, Facet.SUB_THEME).containsKey("information-society"));
        assertEquals(Map.of("1", 6, "2", 6), counts(environment, Facet.PRIORITY), "the chosen facet keeps its other values");
        assertTrue(values(environment, Facet.PRIORITY).stream().anyMatch(v -> v.key().equals("2") && v.selected()));
    }

    @Test
    void valuesOfOneFacetAddUpAndFacetsCombine() {
        SearchResults three = search(Map.of("type", List.of("practice"),
                "sub-theme", List.of("water-management", "waste-management", "entrepreneurship-smes")));
        assertEquals(Set.of("0913R2", "0977R2", "0412C1"), Set.copyOf(keys(three)));
        assertEquals(0, search(Map.of("priority", List.of("1"), "sub-theme", List.of("water-management"))).total());
    }

    @Test
    void yearRangeKeepsRecordsStartingWithinIt() {
        SearchResults noughties = search(Map.of("from", List.of("2000"), "to", List.of("2009")));
        assertEquals(9, noughties.total(), keys(noughties).toString());
        assertEquals(Map.of("1980", 1, "1990", 1, "2000", 9, "2010", 1), counts(noughties, Facet.DECADE),
                "decade counts ignore the chosen range; case studies have no start date");
    }

    @Test
    void resultsSortByTitleAndByStartDate() {
        List<String> byTitle = search(Map.of("sort", List.of("title"))).hits().stream().map(Hit::title).toList();
        assertEquals(byTitle.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), byTitle);
        assertEquals("0557C2", keys(search(Map.of("sort", List.of("oldest")))).get(0));
        assertEquals("1108R2", keys(search(Map.of("sort", List.of("newest")))).get(0));
    }

    @Test
    void pagesSplitTheResults() {
        try (TdbStore more = TestData.storeWithSampleData(TestData.BASE)) {
            org.goodpractice.ingest.Importer importer = new org.goodpractice.ingest.Importer(more, TestData.BASE);
            for (java.nio.file.Path record : TestData.pagingRecords()) {
                importer.importFile(record);
            }
            try (SearchIndex bigger = SearchIndex.build(more, TestData.BASE)) {
                SearchEngine paged = new SearchEngine(bigger);
                SearchResults first = paged.search(SearchRequest.parse(Map.of("sort", List.of("title"))));
                SearchResults second = paged.search(SearchRequest.parse(Map.of("sort", List.of("title"), "page", List.of("2"))));
                SearchResults beyond = paged.search(SearchRequest.parse(Map.of("sort", List.of("title"), "page", List.of("3"))));
                assertEquals(25, first.total());
                assertEquals(SearchRequest.PAGE_SIZE, first.hits().size(), "a full first page");
                assertEquals(5, second.hits().size(), "the rest on the second");
                assertTrue(beyond.hits().isEmpty());
                List<String> both = new java.util.ArrayList<>(keys(first));
                both.addAll(keys(second));
                assertEquals(25, Set.copyOf(both).size(), "no record on both pages");
                List<String> titles = java.util.stream.Stream.concat(first.hits().stream(), second.hits().stream())
                        .map(Hit::title).toList();
                assertEquals(titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), titles,
                        "page two continues the order of page one");
            }
        }
    }

    @Test
    void relatedPracticesShareSubThemeAndLeaveOutCaseStudies() {
        List<String> related = engine.related(TestData.BASE + "id/practice/0557C2", 5).stream().map(Hit::key).toList();
        assertEquals(Set.of("0298C1", "1108R2"), Set.copyOf(related), "the other innovation and RTD practices");
    }

    @Test
    void overviewCountsEveryRecordByKind() {
        Overview overview = engine.overview();
        assertEquals(15, overview.total());
        assertEquals(12, overview.count(RecordType.PRACTICE));
        assertEquals(3, overview.count(RecordType.CASE_STUDY));
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

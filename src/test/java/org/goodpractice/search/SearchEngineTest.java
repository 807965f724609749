package org.goodpractice.search;

import static org.goodpractice.search.SearchFixtures.counts;
import static org.goodpractice.search.SearchFixtures.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.goodpractice.TestData;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Full text, stemming, ranking, facets, sorting and pages over the sample data. */
class SearchEngineTest {
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
    void stemmingLetLeaksFindTheLeakDetectionPractice() {
        assertEquals(List.of("0913R2"), keys(search(Map.of("q", List.of("leaks")))));
    }

    @Test
    void incubatorFindsTheIncubatorPracticeAndNothingElse() {
        assertEquals(List.of("0412C1"), keys(search(Map.of("q", List.of("incubator")))));
    }

    @Test
    void accentsAreFoldedSoPlainLettersFindPlaceNames() {
        assertEquals(List.of("0721R3"), keys(search(Map.of("q", List.of("Lodz")))));
    }

    @Test
    void everyWordMustMatchAndTitleMatchesRankFirst() {
        assertEquals(List.of("0913R2"), keys(search(Map.of("q", List.of("water leak")))));
        List<String> parks = keys(search(Map.of("q", List.of("science park"))));
        assertEquals("0557C2", parks.get(0), "the practice titled Science Park ranks first: " + parks);
    }

    @Test
    void choosingAPriorityNarrowsResultsAndOtherFacetCounts() {
        SearchResults all = search(Map.of());
        assertEquals(12, all.total());
        assertEquals(Map.of("1", 6, "2", 6), counts(all, Facet.PRIORITY));
        assertEquals(10, counts(all, Facet.SUB_THEME).size());

        SearchResults environment = search(Map.of("priority", List.of("2")));
        assertEquals(6, environment.total());
        assertEquals(6, counts(environment, Facet.SUB_THEME).values().stream().mapToInt(Integer::intValue).sum());
        assertFalse(counts(environment, Facet.SUB_THEME).containsKey("information-society"));
        assertEquals(Map.of("1", 6, "2", 6), counts(environment, Facet.PRIORITY), "the chosen facet keeps its other values");
        assertTrue(environment.facets().stream().filter(f -> f.facet() == Facet.PRIORITY).findFirst().orElseThrow()
                .values().stream().anyMatch(v -> v.key().equals("2") && v.selected()));
    }

    @Test
    void valuesOfOneFacetAddUpAndFacetsCombine() {
        assertEquals(3, search(Map.of("sub-theme", List.of("water-management", "waste-management", "entrepreneurship-smes"))).total());
        assertEquals(0, search(Map.of("priority", List.of("1"), "sub-theme", List.of("water-management"))).total());
    }

    @Test
    void yearRangeKeepsPracticesStartingWithinIt() {
        SearchResults noughties = search(Map.of("from", List.of("2000"), "to", List.of("2009")));
        assertEquals(9, noughties.total(), keys(noughties).toString());
        assertEquals(Map.of("1980", 1, "1990", 1, "2000", 9, "2010", 1), counts(noughties, Facet.DECADE));
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
        SearchResults first = search(Map.of("sort", List.of("title")));
        assertEquals(12, first.hits().size());
        SearchResults beyond = search(Map.of("sort", List.of("title"), "page", List.of("2")));
        assertEquals(12, beyond.total());
        assertTrue(beyond.hits().isEmpty());
    }

    @Test
    void relatedPracticesShareSubThemeOrTopics() {
        List<String> related = engine.related(TestData.BASE + "id/practice/0557C2", 3).stream().map(Hit::key).toList();
        assertTrue(related.containsAll(List.of("0298C1", "1108R2")), related.toString());
        assertFalse(related.contains("0557C2"));
    }

    @Test
    void overviewCountsEveryRecordAndSubTheme() {
        Overview overview = engine.overview();
        assertEquals(12, overview.total());
        assertEquals(12, overview.count(RecordKind.PRACTICE));
        assertEquals(3, overview.counts().get(Facet.SUB_THEME).get(0).count(), "innovation, research and technology development");
    }

    private static SearchResults search(Map<String, List<String>> params) {
        return engine.search(SearchRequest.parse(params));
    }
}

package org.goodpractice.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facet counts, totals and hit order of searches against a count made by hand over the same
 * records: every record the words (and scope) match is taken from {@link SearchEngine#matching},
 * its facet values worked out from its hit (its concepts and everything broader, its type, its
 * start decade), and each facet counted over the records that pass every chosen facet but that
 * one ("drill sideways"), keeping the {@value SearchEngine#FACET_VALUES} most frequent values. A
 * faster way of counting must give exactly these. The store holds the sample annexes and articles,
 * the Interreg Europe practices and the paging records: 31 records, 67 regions, in two segments.
 */
class FacetCountsBruteForceTest {
    private static SearchFixtures.Indexed indexed;
    private static SearchIndex index;
    private static SearchEngine engine;

    @BeforeAll
    static void load() throws InterruptedException {
        TdbStore store = TestData.storeWithSampleData(TestData.BASE);
        Importer importer = new Importer(store, TestData.BASE);
        imported(importer.importFiles(Importer.expand(List.of(TestData.interregEuropeData())), o -> { }));
        indexed = SearchFixtures.Indexed.of(store);
        index = indexed.index();
        engine = indexed.engine();
        // Records added after the build go to a segment of their own, so that counts by segment
        // ordinal are mapped to the index's global ordinals.
        imported(importer.importFiles(List.of(TestData.pagingRecords()), o -> { }));
        assertTrue(index.awaitCurrent(Duration.ofMinutes(2)), "the index follows the import");
        assertTrue(index.withSearcher((searcher, concepts) -> searcher.getIndexReader().leaves().size()) > 1,
                "more than one segment");
    }

    @AfterAll
    static void close() {
        indexed.close();
    }

    private static void imported(List<ImportOutcome> outcomes) {
        assertTrue(outcomes.stream().allMatch(o -> o instanceof ImportOutcome.Imported), outcomes::toString);
    }

    static Stream<SearchRequest> requests() {
        return Stream.of(
                request(Map.of()),
                request(Map.of("q", List.of("water"))),
                request(Map.of("q", List.of("innovation"), "sort", List.of("newest"))),
                request(Map.of("priority", List.of("2"))),
                request(Map.of("priority", List.of("1"), "sub-theme", List.of("innovation-research-technology-development"))),
                request(Map.of("priority", List.of("2"), "sub-theme", List.of("water-management", "energy-sustainable-transport"),
                        "from", List.of("2000"), "to", List.of("2009"))),
                request(Map.of("from", List.of("1980"), "to", List.of("1999"), "sort", List.of("oldest"))),
                request(Map.of("type", List.of("practice"), "country", List.of("ITA", "ESP", "POL"), "sort", List.of("title"))),
                request(Map.of("programme", List.of("interreg-europe"), "type", List.of("practice"))),
                request(Map.of("region", List.of("PL7", "UKG"), "priority", List.of("1"), "type", List.of("case-study"))),
                request(Map.of("q", List.of("regional"), "priority", List.of("1"), "country", List.of("DEU", "POL"),
                        "from", List.of("1990"))),
                request(Map.of("sort", List.of("title"), "page", List.of("2"))),
                request(Map.of("priority", List.of("2"))).within(new SearchRequest.FacetValue(Facet.SUB_THEME, "water-management")),
                request(Map.of("q", List.of("nothing-matches-this"), "priority", List.of("1"))));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void countsTotalsAndHitsAreThoseOfACountByHand(SearchRequest request) {
        Concepts concepts = index.concepts();
        List<Hit> candidates = engine.matching(request.unfiltered());
        List<Hit> passing = candidates.stream().filter(h -> passesAllBut(h, request, null, concepts)).toList();
        // The second search finds the counts the first one left with the searcher and only collects hits.
        for (int run = 1; run <= 2; run++) {
            assertCountedByHand(request, engine.search(request), candidates, passing, concepts);
        }
    }

    private static void assertCountedByHand(SearchRequest request, SearchResults results, List<Hit> candidates,
            List<Hit> passing, Concepts concepts) {

        assertEquals(passing.size(), results.total(), "total of " + request.queryString());
        List<String> expectedPage = passing.stream().skip((long) (request.page() - 1) * SearchRequest.PAGE_SIZE)
                .limit(SearchRequest.PAGE_SIZE).map(Hit::key).toList();
        assertEquals(expectedPage, SearchFixtures.keys(results), "hits, in order, of " + request.queryString());
        for (Facet facet : Facet.values()) {
            Map<String, Integer> byHand = new TreeMap<>();
            for (Hit hit : candidates) {
                if (passesAllBut(hit, request, facet, concepts)) {
                    values(hit, facet, concepts).forEach(v -> byHand.merge(v, 1, Integer::sum));
                }
            }
            Comparator<Map.Entry<String, Integer>> order = facet == Facet.DECADE ? Map.Entry.comparingByKey()
                    : Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
            // The most frequent values are shown (ties: the first by key), then in the facet's order.
            List<String> expected = byHand.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(SearchEngine.FACET_VALUES).sorted(order).map(e -> e.getKey() + "=" + e.getValue()).toList();
            List<String> actual = SearchFixtures.values(results, facet).stream().filter(v -> v.count() > 0)
                    .map(v -> v.key() + "=" + v.count()).toList();
            assertEquals(expected, actual, facet + " counts of " + request.queryString());
        }
    }

    @ParameterizedTest
    @MethodSource("requests")
    void aChosenValueIsShownAsChosenEvenWithoutRecords(SearchRequest request) {
        SearchResults results = engine.search(request);
        for (SearchRequest.FacetValue chosen : request.chosen()) {
            assertTrue(SearchFixtures.values(results, chosen.facet()).stream()
                    .anyMatch(v -> v.key().equals(chosen.key()) && v.selected()), chosen + " in " + request.queryString());
        }
    }

    /** Whether {@code hit} passes every facet {@code request} chooses, except {@code skipped}. */
    private static boolean passesAllBut(Hit hit, SearchRequest request, Facet skipped, Concepts concepts) {
        for (Map.Entry<Facet, Set<String>> chosen : request.filters().entrySet()) {
            if (chosen.getKey() != skipped && values(hit, chosen.getKey(), concepts).stream().noneMatch(chosen.getValue()::contains)) {
                return false;
            }
        }
        if (skipped != Facet.DECADE && (request.from() != null || request.to() != null)) {
            Integer year = hit.startYear();
            return year != null && (request.from() == null || year >= request.from())
                    && (request.to() == null || year <= request.to());
        }
        return true;
    }

    /** The values of {@code facet} a record counts for, from its hit alone. */
    private static Set<String> values(Hit hit, Facet facet, Concepts concepts) {
        Set<String> values = new LinkedHashSet<>();
        switch (facet) {
            case TYPE -> values.add(hit.kind().key());
            case DECADE -> {
                if (hit.startYear() != null) {
                    values.add(Integer.toString(hit.startYear() / 10 * 10));
                }
            }
            default -> hit.concepts().forEach(c -> concepts.selfAndBroader(c).stream()
                    .filter(b -> b.facet() == facet).forEach(b -> values.add(b.key())));
        }
        return values;
    }

    private static SearchRequest request(Map<String, List<String>> params) {
        return SearchRequest.parse(params);
    }
}

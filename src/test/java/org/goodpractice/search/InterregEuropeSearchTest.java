package org.goodpractice.search;

import static org.goodpractice.search.SearchFixtures.counts;
import static org.goodpractice.search.SearchFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample annexes and articles with the six Interreg Europe practices of {@code data/interreg-europe}:
 * an Interreg Europe topic files its practice under the IVC sub-themes it closely matches, and the
 * programme is a facet.
 */
class InterregEuropeSearchTest {
    private static final String LJUBLJANA = "innovation-vouchers-for-micro-enterprises-in-the-ljubljana";
    private static final String BOLOGNA = "reuse-of-treated-wastewater-for-irrigation-in-the-bologna";
    private static final Set<String> INTERREG_EUROPE = Set.of(LJUBLJANA, BOLOGNA,
            "biomass-district-heating-for-social-housing-in-bilbao",
            "lodz-technology-transfer-centre-proof-of-concept-grants-for",
            "one-stop-shop-for-energy-renovation-of-housing-companies-in",
            "community-mentors-for-young-people-not-in-employment");

    private static TdbStore store;
    private static SearchIndex index;
    private static SearchEngine engine;

    @BeforeAll
    static void load() {
        store = TestData.storeWithSampleData(TestData.BASE);
        List<ImportOutcome> outcomes = new Importer(store, TestData.BASE)
                .importFiles(Importer.expand(List.of(TestData.interregEuropeData())), o -> { });
        assertTrue(outcomes.stream().allMatch(o -> o instanceof ImportOutcome.Imported), outcomes::toString);
        index = SearchIndex.build(store, TestData.BASE);
        engine = new SearchEngine(index);
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    @Test
    void anIvcSubThemeFindsTheInterregEuropePracticesWhoseTopicMatchesIt() {
        List<String> smes = keys(search(Map.of("sub-theme", List.of("entrepreneurship-smes"))));
        assertTrue(smes.contains(LJUBLJANA), "SME competitiveness is close to Entrepreneurship and SMEs: " + smes);
        assertTrue(smes.stream().anyMatch(k -> !INTERREG_EUROPE.contains(k)), "the IVC annexes are still there: " + smes);
        assertFalse(smes.contains(BOLOGNA), "water reuse is no SME practice");

        List<String> water = keys(search(Map.of("sub-theme", List.of("water-management"), "programme", List.of("interreg-europe"))));
        assertEquals(Set.of(BOLOGNA, "one-stop-shop-for-energy-renovation-of-housing-companies-in"), Set.copyOf(water),
                "Environment and resource efficiency (Bologna) and Greener Europe (Bologna, Helsinki) are close to water "
                        + "management; Low-carbon economy (Bilbao) is not");
    }

    @Test
    void theProgrammeFacetCountsEachProgrammeAndNarrowsTheResults() {
        SearchResults practices = search(Map.of("type", List.of("practice")));
        Map<String, Integer> programmes = counts(practices, Facet.PROGRAMME);
        assertEquals(6, programmes.get("interreg-europe"));
        assertEquals(12, programmes.get("interreg-ivc"));
        assertEquals(18, programmes.get("interreg"), "both roll up to Interreg");

        SearchResults europe = search(Map.of("programme", List.of("interreg-europe")));
        assertEquals(INTERREG_EUROPE, Set.copyOf(keys(europe)));
        SearchResults smesInEurope = search(Map.of("programme", List.of("interreg-europe"),
                "sub-theme", List.of("entrepreneurship-smes")));
        assertEquals(List.of(LJUBLJANA), keys(smesInEurope));
    }

    @Test
    void aMonthStartDateCountsInItsDecade() {
        SearchResults twenties = search(Map.of("programme", List.of("interreg-europe"), "from", List.of("2020"), "to", List.of("2029")));
        assertEquals(Set.of("one-stop-shop-for-energy-renovation-of-housing-companies-in",
                "community-mentors-for-young-people-not-in-employment"), Set.copyOf(keys(twenties)),
                "Helsinki starts 2022-01 (a month), Cork on 1 September 2021");
    }

    private static SearchResults search(Map<String, List<String>> params) {
        return engine.search(SearchRequest.parse(params));
    }
}

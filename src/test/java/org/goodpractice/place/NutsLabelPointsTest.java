package org.goodpractice.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.goodpractice.place.NutsRegions.Region;
import org.junit.jupiter.api.Test;

/**
 * Every NUTS code of every version shipped is in the gazetteer with a label point: Nuts2json's, or for the
 * outermost regions it leaves out (Canarias, the French overseas departments, Açores in 2010) the hand-kept
 * one of {@code nuts-added.tsv}. Nuts2json's own counts cannot show a region it lacks, so the tables are
 * checked against the totals the NUTS regulations publish for the member states.
 */
class NutsLabelPointsTest {
    private static final NutsRegions NUTS = Gazetteer.bundled().nuts();
    private static final List<String> EU27_2007 = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI",
            "FR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "UK");

    /** Member states a version covers, and its NUTS-1, NUTS-2 and NUTS-3 totals as Eurostat states them. */
    private record Totals(Set<String> members, int level1, int level2, int level3) {
    }

    private static Set<String> members(String add, String drop) {
        List<String> members = new ArrayList<>(EU27_2007);
        members.add(add);
        members.remove(drop);
        return Set.copyOf(members);
    }

    private static final Map<String, Totals> TOTALS = Map.of(
            "2010", new Totals(Set.copyOf(EU27_2007), 97, 270, 1294),      // Regulation (EU) No 31/2011, before Croatia joined
            "2013", new Totals(members("HR", null), 98, 276, 1342),       // Regulation (EU) No 1319/2013
            "2016", new Totals(members("HR", null), 104, 281, 1348),      // Regulation (EU) 2016/2066
            "2021", new Totals(members("HR", "UK"), 92, 242, 1166),       // Regulation (EU) 2019/1755
            "2024", new Totals(members("HR", "UK"), 92, 244, 1165));      // Regulation (EU) 2023/2651

    @Test
    void everyNutsCodeOfEveryVersionHasALabelPoint() {
        List<String> wrong = new ArrayList<>();
        for (String version : NutsRegions.VERSIONS) {
            Totals totals = TOTALS.get(version);
            int[] expected = {totals.level1(), totals.level2(), totals.level3()};
            for (int level = 1; level <= 3; level++) {
                int l = level;
                Map<String, Long> byCountry = new TreeMap<>();
                NUTS.all().stream().filter(r -> r.inVersion(version) && r.level() == l && totals.members().contains(r.countryCode()))
                        .forEach(r -> byCountry.merge(r.countryCode(), 1L, Long::sum));
                long found = byCountry.values().stream().mapToLong(Long::longValue).sum();
                if (found != expected[level - 1]) {
                    wrong.add("NUTS " + version + " level " + level + ": " + found + " regions with a point, the regulation has "
                            + expected[level - 1] + " (by country " + byCountry + ")");
                }
            }
        }
        assertEquals(List.of(), wrong, "regions missing from nuts.tsv and nuts-added.tsv");
        Stream.concat(NUTS.all().stream(), EU27_2007.stream().map(c -> NUTS.byCode(c).orElseThrow())).forEach(r -> {
            assertNotNull(r.lat(), r.code());
            assertTrue(r.lat().abs().compareTo(BigDecimal.valueOf(90)) <= 0 && r.lon().abs().compareTo(BigDecimal.valueOf(180)) <= 0,
                    r.code() + " " + r.lon() + " " + r.lat());
        });
    }

    @Test
    void theOutermostRegionsHaveTheirCapitalsPointInTheirVersions() {
        assertPoint("ES709", List.of("2010", "2013", "2016", "2021", "2024"), 28.47, -16.25); // Santa Cruz de Tenerife
        assertPoint("FR94", List.of("2010"), -20.88, 55.45);                                // Saint-Denis
        assertPoint("FRA5", List.of("2013"), -12.78, 45.23);                                // Mamoudzou
        assertPoint("FRY1", List.of("2016", "2021", "2024"), 16.00, -61.73);                // Basse-Terre
        assertPoint("FRY30", List.of("2016", "2021", "2024"), 4.93, -52.33);                // Cayenne
        Region azores = NUTS.byCode("PT20").orElseThrow();
        assertEquals(NutsRegions.VERSIONS, azores.versions(), "nuts-added.tsv adds 2010 to Nuts2json's versions");
        assertEquals(new BigDecimal("37.775"), azores.lat(), "and keeps Nuts2json's point");
        assertTrue(NUTS.byCode("FR91").orElseThrow().later().contains(new NutsRegions.LaterCode(NutsRegions.Relation.EXACT, "FRA1")));
        assertEquals("FRY", NUTS.byCode("FRY4").orElseThrow().parentCode());
    }

    private static void assertPoint(String code, List<String> versions, double lat, double lon) {
        Region r = NUTS.byCode(code).orElseThrow(() -> new AssertionError(code + " is not in the gazetteer"));
        assertEquals(versions, r.versions(), code);
        assertEquals(lat, r.lat().doubleValue(), 0.01, code);
        assertEquals(lon, r.lon().doubleValue(), 0.01, code);
    }

    @Test
    void aHandRowNeverOverridesTheGeneratedTable() {
        assertTrue(refusal("PT2", "2013", "", "", "by hand").contains("PT2 of NUTS 2013 is in nuts.tsv"));
        assertTrue(refusal("PT2", "2010", "-25.7", "37.7", "Ponta Delgada").contains("PT2 has a label point in nuts.tsv"));
        assertTrue(refusal("ES7", "2010", "", "", "by hand").contains("ES7 is not in nuts.tsv and has no label point"));
        assertTrue(refusal("ES7", "2010", "-15.4", "28.1", "").contains("ES7 does not say where its label point comes from"));
        assertTrue(refusal("ES7", "2011", "-15.4", "28.1", "by hand").contains("ES7 gives the versions \"2011\""));
        String[] merged = NutsTable.merge(AZORES_2013, List.<String[]>of(hand("PT2", "2010", "", "", "2013's"))).get(0);
        assertEquals("2010 2013", merged[1], "versions in order");
        assertEquals("-25.491", merged[2], "the generated point is kept");
    }

    private static final List<String[]> AZORES_2013 =
            List.<String[]>of(new String[] {"PT2", "2013", "-25.491", "37.776", "Região Autónoma dos Açores", "", ""});

    private static String[] hand(String code, String versions, String lon, String lat, String source) {
        return new String[] {code, versions, lon, lat, "", "", "", source};
    }

    /** The message refusing a hand row merged into a table holding Açores of 2013. */
    private static String refusal(String code, String versions, String lon, String lat, String source) {
        return assertThrows(IllegalStateException.class,
                () -> NutsTable.merge(AZORES_2013, List.<String[]>of(hand(code, versions, lon, lat, source)))).getMessage();
    }

    @Test
    void outermostRegionsResolveInLocationsWithTheirPoint() {
        LocationResolver resolver = new LocationResolver(Gazetteer.bundled());
        Location tenerife = resolver.resolve("SPAIN CANARIAS Santa Cruz de Tenerife");
        assertEquals(List.of(), tenerife.warnings());
        assertEquals(List.of("ES709"), tenerife.regions().stream().map(Region::code).toList());
        assertEquals(28.47, tenerife.city().lat().doubleValue(), 0.01);
        Location guadeloupe = resolver.resolve("FRANCE GUADELOUPE");
        assertEquals(List.of(), guadeloupe.warnings());
        assertEquals(List.of("FR91"), guadeloupe.regions().stream().map(Region::code).toList());
        assertEquals(16.00, guadeloupe.regions().get(0).lat().doubleValue(), 0.01);
        Location azores = resolver.resolve("PORTUGAL Região Autónoma dos Açores Ponta Delgada");
        assertEquals(List.of(), azores.warnings());
        assertEquals(List.of("PT200"), azores.regions().stream().map(Region::code).toList());
        assertEquals("2010", azores.regions().get(0).versionFor(NutsRegions.VERSION));
    }
}

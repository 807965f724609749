package org.goodpractice.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.goodpractice.place.NutsRegions.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Test;

/** Real region names, national and English, with and without administrative words, find their NUTS region. */
class RegionNamesTest {
    private static final NutsRegions NUTS = Gazetteer.bundled().nuts();

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvFileSource(resources = "/place/region-names.tsv", delimiter = '\t', commentCharacter = '#')
    void aNameRecordsUseFindsItsRegion(String country, String name, String code) {
        List<Region> found = NUTS.byName(country, name);
        assertFalse(found.isEmpty(), name + " finds no region of " + country);
        assertEquals(code, found.get(0).code(), name + " finds " + found.stream().map(Region::code).toList());
    }

    @ParameterizedTest(name = "{0} {1} in NUTS {2} is {3}")
    @CsvFileSource(resources = "/place/region-names-by-version.tsv", delimiter = '\t', commentCharacter = '#')
    void aNameOfALaterVersionFindsThatVersionsRegion(String country, String name, String version, String code) {
        List<Region> found = NUTS.byName(country, name, version);
        assertFalse(found.isEmpty(), name + " finds no region of " + country);
        assertEquals(code, found.get(0).code(), name + " finds " + found.stream().map(Region::code).toList());
        assertTrue(found.get(0).inVersion(version), code + " is a region of NUTS " + version);
    }

    @Test
    void everyRegionOfEveryVersionIsShipped() {
        // Level 1, 2 and 3 counts of Nuts2json's nutspt files (2024 lists LV00C twice), plus the regions of
        // nuts-added.tsv that Nuts2json has no point for (2013: ES7 and FRA with their 6 and 12 regions below).
        for (String counts : List.of("2013 116 320 1480", "2016 125 332 1522", "2024 114 296 1345")) {
            String[] c = counts.split(" ");
            for (int level = 1; level <= 3; level++) {
                int l = level;
                assertEquals(Integer.parseInt(c[level]), NUTS.all().stream().filter(r -> r.inVersion(c[0]) && r.level() == l).count(),
                        "NUTS " + c[0] + " level " + level);
            }
        }
        Region belfast = NUTS.byCode("UKN06").orElseThrow();
        assertEquals("UKN0", NUTS.byCode("UKN16").orElseThrow().parentCode(), "UKN16 lies in UKN0, there is no UKN1");
        assertTrue(belfast.isWithin(NUTS.byCode("UKN0").orElseThrow()));
    }

    @Test
    void aCodeADroppedVersionHadLinksToTheNextVersionsCode() {
        Region glasgow = NUTS.byCode("UKM34").orElseThrow();
        assertEquals(List.of("2010", "2013"), glasgow.versions());
        assertTrue(glasgow.later().contains(new NutsRegions.LaterCode(NutsRegions.Relation.EXACT, "UKM82")), "same name: exact");
        assertTrue(NUTS.byCode("UKI2").orElseThrow().later().contains(new NutsRegions.LaterCode(NutsRegions.Relation.CLOSE, "UKI5")),
                "Outer London split in 2013: close");
        assertEquals(List.of(new NutsRegions.LaterCode(NutsRegions.Relation.EXACT, "FRB0")), NUTS.byCode("FR24").orElseThrow().later(),
                "a hand-kept link wins over the build's");
    }

    @Test
    void everyRegionOfNuts2010IsShippedWithItsLabelPoint() {
        List<Region> nuts2010 = NUTS.all().stream().filter(r -> r.inVersion("2010")).toList();
        assertEquals(1441 + 12, nuts2010.stream().filter(r -> r.level() == 3).count(), "Nuts2json's and nuts-added.tsv's");
        assertEquals(310 + 6, nuts2010.stream().filter(r -> r.level() == 2).count(), "Nuts2json's and nuts-added.tsv's");
        Region styria = NUTS.byCode("AT22").orElseThrow();
        assertEquals("Steiermark", styria.name());
        assertEquals("47.371", styria.lat().toPlainString());
        assertEquals("14.879", styria.lon().toPlainString());
        assertTrue(NUTS.byCode("AT").isPresent(), "a country is a NUTS-0 region");
        assertTrue(NUTS.byName("AT", "Österreich").isEmpty(), "countries are matched by Countries, not as regions");
    }

    @Test
    void aNameOfSeveralVersionsFindsTheRegionOfTheVersionAskedFor() {
        assertEquals("SI012", NUTS.byName("SI", "Podravska").get(0).code(), "NUTS 2010 comes first");
        assertEquals("SI032", NUTS.byName("SI", "Podravska", "2021").get(0).code());
        assertEquals("PT11A", NUTS.byName("PT", "Área Metropolitana do Porto").get(0).code(), "a 2021 name still resolves");
        Region recoded = NUTS.byCode("SI012").orElseThrow();
        assertEquals(List.of("2010"), recoded.versions());
        assertTrue(recoded.later().stream().anyMatch(l -> l.code().equals("SI032") && l.relation() == NutsRegions.Relation.EXACT));
        assertTrue(NUTS.byCode("AT22").orElseThrow().inVersion("2021"), "a code that carries over is in both versions");
    }

    @Test
    void aNameThatIsNoRegionFindsNothing() {
        assertTrue(NUTS.byName("AT", "Wienerwaldgau").isEmpty());
        assertTrue(NUTS.byName("IT", "Provincia di").isEmpty());
    }

    @Test
    void aLooserNameNeverHidesARegionWrittenInFull() {
        assertEquals("DEA5", NUTS.byName("DE", "Arnsberg").get(0).code());
        assertEquals("DED5", NUTS.byName("DE", "Leipzig").get(0).code());
    }
}

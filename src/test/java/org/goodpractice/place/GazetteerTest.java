package org.goodpractice.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.goodpractice.place.Cities.City;
import org.goodpractice.place.NutsRegions.Region;
import org.junit.jupiter.api.Test;

/** The bundled gazetteer is consistent and small. */
class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.bundled();

    @Test
    void everyNutsRegionHasAParentInTheTableOrACountry() {
        for (Region r : gazetteer.nuts().all()) {
            if (r.parentCode() == null) {
                assertTrue(gazetteer.countries().byNuts(r.countryCode()).isPresent(), r.code() + " has no country");
            } else {
                assertTrue(gazetteer.nuts().byCode(r.parentCode()).isPresent(), r.code() + " has no parent in nuts.tsv");
            }
            assertTrue(r.level() >= 1 && r.level() <= 3, r.code());
            assertTrue(r.versions().stream().allMatch(NutsRegions.VERSIONS::contains), r.code());
        }
    }

    @Test
    void citiesNamedInTheNutsTableAreNuts3RegionsCities() {
        for (Region r : gazetteer.nuts().all()) {
            assertTrue(r.cities().isEmpty() || r.level() == 3, r.code() + " lists cities but is not NUTS-3");
        }
        City birmingham = gazetteer.cities().byName("GB", "Birmingham").orElseThrow();
        assertEquals("UKG31", gazetteer.nuts3(birmingham).orElseThrow().code());
    }

    @Test
    void countriesMatchAnnexAndOrdinarySpellings() {
        for (String name : List.of("UNITED KINGDOM", "CZECH REPUBLIC", "Czechia", "Deutschland", "the netherlands", "ÉIRE")) {
            assertTrue(gazetteer.countries().byName(name).isPresent(), name);
        }
        assertEquals("http://publications.europa.eu/resource/authority/country/GBR",
                gazetteer.countries().byName("United Kingdom").orElseThrow().iri());
    }

    @Test
    void aNameMeansTheCityThatHasItAsItsOwnNameBeforeALargerNamesake() {
        assertEquals("GB", gazetteer.cities().byName("GB", "Birmingham").orElseThrow().iso2());
        assertEquals("Milan", gazetteer.cities().byName("IT", "Milano").orElseThrow().name());
    }

    @Test
    void theCommittedGazetteerStaysSmall() throws IOException {
        long bytes = 0;
        for (String file : List.of("cities.tsv", "nuts.tsv", "countries.tsv")) {
            bytes += Files.size(Path.of("src/main/resources/gazetteer", file));
        }
        assertTrue(bytes < 2 * 1024 * 1024, "gazetteer is " + bytes + " bytes");
    }
}

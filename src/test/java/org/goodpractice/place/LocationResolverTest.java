package org.goodpractice.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.goodpractice.place.NutsRegions.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Annex locations split and resolve through the gazetteer: country, most precise NUTS region, city point. */
class LocationResolverTest {
    private final LocationResolver resolver = new LocationResolver(Gazetteer.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UNITED KINGDOM WEST MIDLANDS Birmingham West Midlands       | GBR | UKG31 | birmingham-gb   | 52.48 | -1.90
            FRANCE RHÔNE-ALPES Lyon Rhône                               | FRA | FR716 | lyon-fr         | 45.75 | 4.85
            POLAND ŁÓDZKIE Łódź                                         | POL | PL113 | lodz-pl         | 51.77 | 19.47
            ITALY LOMBARDIA Milano Provincia di Milano                  | ITA | ITC4C | milan-it        | 45.46 | 9.19
            SPAIN PAÍS VASCO Bilbao Bizkaia                             | ESP | ES213 | bilbao-es       | 43.26 | -2.93
            IRELAND BORDER, MIDLAND AND WESTERN Galway County Galway    | IRL | IE013 | gaillimh-ie     | 53.27 | -9.05
            GERMANY BAYERN München Oberbayern                           | DEU | DE212 | munich-de       | 48.14 | 11.58
            SWEDEN ÖVRE NORRLAND Umeå Västerbotten                      | SWE | SE331 | umea-se         | 63.83 | 20.26
            NETHERLANDS NOORD-BRABANT Eindhoven Zuidoost-Brabant        | NLD | NL414 | eindhoven-nl    | 51.44 | 5.48
            CZECH REPUBLIC JIHOVÝCHOD Brno Jihomoravský kraj            | CZE | CZ064 | brno-cz         | 49.20 | 16.61
            GREECE KENTRIKI MAKEDONIA Thessaloniki                      | GRC | EL122 | thessaloniki-gr | 40.64 | 22.93
            NORWAY TRØNDELAG Trondheim Sør-Trøndelag                    | NOR | NO061 | trondheim-no    | 63.43 | 10.40
            FRANCE ÎLE-DE-FRANCE Paris                                  | FRA | FR101 | paris-fr        | 48.85 | 2.35
            POLAND MAŁOPOLSKIE Kraków                                   | POL | PL213 | krakow-pl       | 50.06 | 19.94
            SPAIN ANDALUCÍA Sevilla                                     | ESP | ES618 | sevilla-es      | 37.38 | -5.97
            FRANCE AQUITAINE Bordeaux Gironde                           | FRA | FR612 | bordeaux-fr     | 44.84 | -0.58
            ITALY PIEMONTE Torino Provincia di Torino                   | ITA | ITC11 | turin-it        | 45.07 | 7.68
            FRANCE RHÔNE-ALPES Grenoble Département de l'Isère          | FRA | FR714 | grenoble-fr     | 45.18 | 5.71
            POLAND WIELKOPOLSKIE Poznań                                 | POL | PL41  | poznan-pl       | 52.41 | 16.93
            """)
    void everyPartResolvesToTheMostPreciseIdentifier(String text, String country, String nuts, String city,
            double lat, double lon) {
        Location l = resolver.resolve(text);
        assertEquals(List.of(), l.warnings());
        assertEquals(country, l.country().code());
        assertEquals(List.of(nuts), l.regions().stream().map(Region::code).toList());
        assertEquals(city, l.city().slug());
        assertEquals(lat, l.city().lat().doubleValue(), 0.01);
        assertEquals(lon, l.city().lon().doubleValue(), 0.01);
    }

    @Test
    void allFourPartsAreKeptAsWrittenWithoutRepeatingTheRegion() {
        Location l = resolver.resolve("UNITED KINGDOM WEST MIDLANDS Birmingham West Midlands");
        assertEquals("UNITED KINGDOM", l.countryText());
        assertEquals(List.of("WEST MIDLANDS"), l.regionTexts());
        assertEquals("Birmingham", l.localityText());

        Location lyon = resolver.resolve("FRANCE RHÔNE-ALPES Lyon Rhône");
        assertEquals(List.of("RHÔNE-ALPES", "Rhône"), lyon.regionTexts());
    }

    @Test
    void countryOnlyResolvesTheCountryAndNothingElse() {
        Location l = resolver.resolve("GREECE");
        assertEquals("GRC", l.country().code());
        assertEquals(List.of(), l.regions());
        assertNull(l.city());
        assertEquals(List.of(), l.warnings());
    }

    @Test
    void countryAndRegionResolveToTheRegion() {
        Location l = resolver.resolve("IRELAND BORDER, MIDLAND AND WESTERN");
        assertEquals("IRL", l.country().code());
        assertEquals(List.of("IE01"), l.regions().stream().map(Region::code).toList());
        assertNull(l.city());
        assertEquals(List.of("BORDER, MIDLAND AND WESTERN"), l.regionTexts());
    }

    @Test
    void unknownRegionIsKeptAsTextAndWarnedAboutNeverGivenAnIri() {
        Location l = resolver.resolve("FRANCE ATLANTIS Paris");
        assertEquals(List.of("ATLANTIS"), l.regionTexts());
        assertEquals("paris-fr", l.city().slug());
        assertEquals(List.of("FR101"), l.regions().stream().map(Region::code).toList(), "only the city's own region");
        assertEquals(1, l.warnings().size());
        assertTrue(l.warnings().get(0).contains("\"ATLANTIS\""), l.warnings().toString());
    }

    @Test
    void unknownCityIsKeptAsTextAndWarnedAbout() {
        Location l = resolver.resolve("FRANCE RHÔNE-ALPES Nowhereville Rhône");
        assertEquals("Nowhereville", l.localityText());
        assertNull(l.city());
        assertEquals(List.of("FR716"), l.regions().stream().map(Region::code).toList());
        assertTrue(l.warnings().get(0).contains("\"Nowhereville\""), l.warnings().toString());
    }

    @Test
    void unknownCountryFallsBackOnCapitalsAndWarns() {
        Location l = resolver.resolve("ATLANTIS NORTH Poseidonia");
        assertNull(l.country());
        assertEquals(List.of("ATLANTIS NORTH"), l.regionTexts());
        assertEquals("Poseidonia", l.localityText());
        assertEquals(1, l.warnings().size());
    }

    @Test
    void spellingsWithoutDiacriticsOrPunctuationResolveAlike() {
        Location written = resolver.resolve("POLAND ŁÓDZKIE Łódź");
        Location plain = resolver.resolve("Poland Lodzkie Lodz");
        assertEquals(written.regions(), plain.regions());
        assertEquals(written.city(), plain.city());
        assertEquals(List.of("IE013"), resolver.resolve("Ireland Border Midland and Western Galway").regions().stream()
                .map(Region::code).toList());
    }

    @Test
    void aCityNamedLikeItsRegionIsTheCityWhenWrittenInOrdinaryCase() {
        Location l = resolver.resolve("ITALY Milano");
        assertEquals("milan-it", l.city().slug());
        assertEquals(List.of("ITC4C"), l.regions().stream().map(Region::code).toList());
    }

    @Test
    void aRegionOutsideTheShippedNutsTablesStillFindsTheCity() {
        Location l = resolver.resolve("AUSTRIA WIENERWALDGAU Wien");
        assertEquals("vienna-at", l.city().slug());
        assertEquals(List.of("WIENERWALDGAU"), l.regionTexts());
        assertEquals(1, l.warnings().size());
    }
}

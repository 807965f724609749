package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.place.NutsRegions;
import org.goodpractice.vocab.WGS84;
import org.junit.jupiter.api.Test;

/** NUTS regions in the gazetteer graph say which NUTS versions have them and where their label point is. */
class GazetteerGraphNutsTest {
    private final Gazetteer gazetteer = Gazetteer.bundled();
    private final Model graph = new GazetteerGraph(gazetteer, "http://example.org/").graph(List.of());

    @Test
    void aRegionIsInTheSchemeOfEveryVersionThatHasItsCode() {
        Resource podravska = graph.getResource(NutsRegions.CODE_BASE + "SI012");
        assertTrue(podravska.hasProperty(SKOS.inScheme, graph.getResource(GazetteerGraph.NUTS_SCHEME)));
        assertEquals(gazetteer.nuts().byCode("SI012").orElseThrow().versions().size(),
                podravska.listProperties(SKOS.inScheme).toList().size());
        assertEquals("Podravska", podravska.getProperty(SKOS.prefLabel).getString());
        assertTrue(podravska.hasProperty(SKOS.exactMatch, graph.getResource(NutsRegions.CODE_BASE + "SI032")));
        Resource styria = graph.getResource(NutsRegions.CODE_BASE + "AT22");
        for (String version : NutsRegions.VERSIONS) {
            assertTrue(styria.hasProperty(SKOS.inScheme, graph.getResource(NutsRegions.SCHEME_BASE + version)), version);
        }
    }

    @Test
    void aRegionHasItsLabelPointAndANutsOneRegionLiesInItsCountry() {
        Resource styria = graph.getResource(NutsRegions.CODE_BASE + "AT22");
        assertEquals("47.371", styria.getProperty(WGS84.lat).getLiteral().getLexicalForm());
        assertEquals("14.879", styria.getProperty(WGS84.long_).getLiteral().getLexicalForm());
        assertTrue(styria.hasProperty(SKOS.altLabel, "Styria"));
        Resource eastAustria = graph.getResource(NutsRegions.CODE_BASE + "AT1");
        assertEquals("http://publications.europa.eu/resource/authority/country/AUT",
                eastAustria.getPropertyResourceValue(SKOS.broader).getURI());
    }

    @Test
    void aCodeOfALaterVersionHasItsParentAndADroppedCodeItsCounterparts() {
        Resource fermanagh = graph.getResource(NutsRegions.CODE_BASE + "UKN16");
        assertEquals(NutsRegions.CODE_BASE + "UKN0", fermanagh.getPropertyResourceValue(SKOS.broader).getURI(), "NUTS 2016 has no UKN1");
        assertTrue(fermanagh.hasProperty(SKOS.inScheme, graph.getResource(NutsRegions.SCHEME_BASE + "2016")));
        Resource outerLondon = graph.getResource(NutsRegions.CODE_BASE + "UKI2");
        for (String code : List.of("UKI5", "UKI6", "UKI7")) {
            assertTrue(outerLondon.hasProperty(SKOS.closeMatch, graph.getResource(NutsRegions.CODE_BASE + code)), code);
        }
        Resource kosovo = graph.getResource(NutsRegions.CODE_BASE + "XK0");
        assertEquals("http://publications.europa.eu/resource/authority/country/1A0", kosovo.getPropertyResourceValue(SKOS.broader).getURI());
    }

    @Test
    void countriesAreNotRegionConcepts() {
        assertFalse(graph.containsResource(graph.getResource(NutsRegions.CODE_BASE + "AT")));
    }
}

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
        for (String version : List.of("2010", "2021")) {
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
    void countriesAreNotRegionConcepts() {
        assertFalse(graph.containsResource(graph.getResource(NutsRegions.CODE_BASE + "AT")));
    }
}

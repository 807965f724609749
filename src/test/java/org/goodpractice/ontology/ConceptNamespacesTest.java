package org.goodpractice.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.goodpractice.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each programme's concepts live under a namespace of their own, so two programmes' keys never collide. */
class ConceptNamespacesTest {
    private static final String BASE = TestData.BASE;
    private static final Model ONTOLOGY = Ontology.load(BASE);

    @ParameterizedTest(name = "{0} holds only {1}")
    @CsvSource({
            "id/scheme/priority, id/concept/interreg-ivc/priority/, 2",
            "id/scheme/sub-theme, id/concept/interreg-ivc/sub-theme/, 10",
            "id/scheme/interreg-europe/2014-2020, id/concept/interreg-europe/2014-2020/, 4",
            "id/scheme/interreg-europe/2021-2027, id/concept/interreg-europe/2021-2027/, 6"})
    void everyConceptOfAProgrammeSchemeIsUnderItsProgrammeNamespace(String scheme, String namespace, int count) {
        List<String> concepts = conceptsOf(scheme);
        assertEquals(count, concepts.size(), scheme + ": " + concepts);
        concepts.forEach(iri -> assertTrue(iri.startsWith(BASE + namespace), iri + " is outside " + namespace));
    }

    @Test
    void noIvcConceptIsLeftAtTheUnqualifiedIris() {
        ONTOLOGY.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            assertFalse(c.getURI().startsWith(BASE + "id/concept/priority/"), c.getURI());
            assertFalse(c.getURI().startsWith(BASE + "id/concept/sub-theme/"), c.getURI());
        });
    }

    @Test
    void interregEuropeTopicsMatchIvcSubThemesThatExist() {
        List<RDFNode> targets = ONTOLOGY.listObjectsOfProperty(SKOS.closeMatch).toList();
        assertFalse(targets.isEmpty());
        for (RDFNode target : targets) {
            Resource subTheme = target.asResource();
            assertTrue(subTheme.getURI().startsWith(BASE + "id/concept/interreg-ivc/sub-theme/"), subTheme.getURI());
            assertTrue(ONTOLOGY.contains(subTheme, SKOS.prefLabel), subTheme + " has no label: not a concept of the ontology");
        }
    }

    private static List<String> conceptsOf(String scheme) {
        return ONTOLOGY.listSubjectsWithProperty(SKOS.inScheme, ONTOLOGY.createResource(BASE + scheme))
                .mapWith(Resource::getURI).toList();
    }
}

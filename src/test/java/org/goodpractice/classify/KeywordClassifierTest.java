package org.goodpractice.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class KeywordClassifierTest {
    private static final String SCHEME = "urn:x:scheme";

    @Test
    void keywordsInLowerCaseMatchInAnyCaseAndThoseWithCapitalsOnlyAsWrittenAlwaysAsWholeWords() {
        Model ontology = ModelFactory.createDefaultModel();
        concept(ontology, "urn:x:energy", "Energy", "énergie", "solar panels");
        concept(ontology, "urn:x:sme", "SMEs", "SME");
        KeywordClassifier classifier = KeywordClassifier.forScheme(ontology, SCHEME, 1, 0.0);

        List<KeywordClassifier.Classification> found = classifier.classify(
                "ÉNERGIE and Énergie; Solar Panels on roofs. An SME, two SMEs, and sme in lower case. Énergies is another word.");

        assertEquals(List.of("urn:x:energy", "urn:x:sme"), found.stream().map(KeywordClassifier.Classification::concept).toList());
        assertEquals(Map.of("énergie", 2, "solar panels", 1), found.get(0).matches());
        assertEquals(Map.of("SME", 1), found.get(1).matches(), "SMEs and sme are not the whole word SME as written");
    }

    private static void concept(Model m, String iri, String label, String... keywords) {
        Resource c = m.createResource(iri).addProperty(SKOS.inScheme, m.createResource(SCHEME)).addProperty(SKOS.prefLabel, label);
        for (String k : keywords) {
            c.addProperty(SKOS.hiddenLabel, k);
        }
    }
}

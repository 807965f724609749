package org.goodpractice.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.goodpractice.TestData;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A resource's description: its own triples, what points at it, and the labels on the other side. */
class ResourceDescriptionsTest {
    private static TdbStore store;
    private static ResourceDescriptions descriptions;

    @BeforeAll
    static void load() {
        store = TestData.storeWithSampleData(TestData.BASE);
        descriptions = new ResourceDescriptions(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"person/hugo-russell, person-hugo-russell", "concept/interreg-ivc/priority/2, concept-priority-2"})
    void theDescriptionIsTheExpectedGraph(String path, String fixture) {
        Model expected = RDFDataMgr.loadModel(TestData.resource("linkeddata/" + fixture + ".ttl").toString());
        Model actual = descriptions.describe(TestData.BASE + "id/" + path).orElseThrow();
        assertTrue(expected.isIsomorphicWith(actual), () -> {
            StringWriter out = new StringWriter();
            actual.setNsPrefixes(expected.getNsPrefixMap()).write(out, "TURTLE");
            return "got\n" + out;
        });
    }

    @Test
    void unknownIrisHaveNoDescription() {
        assertTrue(descriptions.describe(TestData.BASE + "id/person/nobody").isEmpty());
        assertFalse(descriptions.exists(TestData.BASE + "id/person/nobody"));
        assertTrue(descriptions.exists(TestData.BASE + "id/person/hugo-russell"));
    }

    @Test
    void everyMintedResourceIsListedOnce() {
        List<String> minted = descriptions.under(TestData.BASE + "id/");
        assertEquals(minted.stream().distinct().count(), minted.size());
        assertTrue(minted.contains(TestData.BASE + "id/practice/0557C2"));
        assertTrue(minted.contains(TestData.BASE + "id/scheme/priority"));
        assertTrue(minted.stream().allMatch(iri -> iri.startsWith(TestData.BASE + "id/")));
    }
}

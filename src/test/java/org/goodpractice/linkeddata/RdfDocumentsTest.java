package org.goodpractice.linkeddata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.goodpractice.TestData;
import org.junit.jupiter.api.Test;

class RdfDocumentsTest {
    @Test
    void aLargeDocumentIsWrittenAsExpandedJsonLdThatCarriesTheSameGraph() {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(TestData.resource("linkeddata/schema-org-0557C2.ttl")).lang(Lang.TURTLE).parse(model);
        var practice = model.createResource("http://example.org/id/practice/BIG");
        for (int i = 0; i <= RdfDocuments.COMPACTED; i++) {
            practice.addProperty(model.createProperty("https://schema.org/keywords"), "topic " + i, "en");
        }
        practice.addProperty(model.createProperty("http://example.org/blank"), model.createResource());
        practice.addLiteral(model.createProperty("http://example.org/count"), 3L);
        byte[] json = new RdfDocuments("http://example.org/context.jsonld").write(model, RdfFormat.JSONLD);
        Model read = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(json)).lang(Lang.JSONLD).parse(read);
        assertTrue(model.isIsomorphicWith(read));
    }
}

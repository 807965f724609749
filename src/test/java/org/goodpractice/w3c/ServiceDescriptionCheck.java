package org.goodpractice.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.goodpractice.TestServer;
import org.goodpractice.vocab.SD;
import org.junit.jupiter.api.function.Executable;

/**
 * The checks of the W3C Service Description manifest's entries, whose expectations are their
 * names only: a plain GET of the endpoint (no Accept) returns RDF, that RDF has an
 * {@code sd:endpoint} naming the endpoint, and it uses the SD vocabulary as its schema defines it.
 */
final class ServiceDescriptionCheck {
    /** Every term of the vocabulary http://www.w3.org/ns/sparql-service-description# (SPARQL 1.1 Service Description, section 3). */
    private static final Set<String> VOCABULARY = Set.of("Service", "Feature", "Language", "Function", "Aggregate",
            "EntailmentRegime", "EntailmentProfile", "GraphCollection", "Dataset", "Graph", "NamedGraph",
            "SPARQL10Query", "SPARQL11Query", "SPARQL11Update", "DereferencesURIs", "UnionDefaultGraph", "RequiresDataset",
            "EmptyGraphs", "BasicFederatedQuery", "endpoint", "feature", "defaultEntailmentRegime", "entailmentRegime",
            "supportedEntailmentProfile", "defaultSupportedEntailmentProfile", "extensionFunction", "extensionAggregate",
            "languageExtension", "supportedLanguage", "propertyFeature", "defaultDataset", "availableGraphs", "resultFormat",
            "inputFormat", "defaultGraph", "namedGraph", "name", "graph");
    private static final Set<String> LANGUAGES = Set.of("SPARQL10Query", "SPARQL11Query", "SPARQL11Update");

    private ServiceDescriptionCheck() {
    }

    /** The check of each entry, by entry id; an entry without one fails. */
    static Map<String, Executable> checks(TestServer server) {
        return Map.of(
                "returns-rdf", () -> description(server),
                "has-endpoint-triple", () -> {
                    Model model = description(server);
                    assertTrue(model.contains(null, SD.endpoint, model.createResource(server.url("sparql"))),
                            "no sd:endpoint <" + server.url("sparql") + ">");
                },
                "conforms-to-schema", () -> conformsToSchema(description(server)));
    }

    private static Model description(TestServer server) throws Exception {
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql"))).build());
        assertEquals(200, response.statusCode());
        String type = ContentType.create(response.headers().firstValue("Content-Type").orElse("none/none")).getContentTypeStr();
        Lang lang = RDFLanguages.contentTypeToLang(type);
        assertNotNull(lang, type + " is not an RDF media type");
        Model model = RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).base(server.url("sparql")).toModel();
        assertFalse(model.isEmpty(), "empty service description");
        return model;
    }

    private static void conformsToSchema(Model model) {
        model.listStatements().forEachRemaining(s -> {
            assertKnown(s.getPredicate());
            if (s.getObject().isURIResource()) {
                assertKnown(s.getObject().asResource());
            }
        });
        var services = model.listSubjectsWithProperty(RDF.type, SD.Service).toList();
        assertFalse(services.isEmpty(), "no sd:Service");
        for (Resource service : services) {
            assertTrue(service.hasProperty(SD.endpoint), service + " has no sd:endpoint");
            assertTrue(service.hasProperty(SD.supportedLanguage), service + " has no sd:supportedLanguage");
            service.listProperties(SD.supportedLanguage).forEachRemaining(l -> assertTrue(
                    LANGUAGES.contains(l.getResource().getLocalName()) && l.getResource().getNameSpace().equals(SD.NS),
                    l.getObject() + " is not an sd:Language"));
        }
        model.listObjectsOfProperty(SD.namedGraph).forEachRemaining(graph -> {
            var names = graph.asResource().listProperties(SD.name).toList();
            assertEquals(1, names.size(), "sd:NamedGraph " + graph + " needs exactly one sd:name");
            assertTrue(names.get(0).getObject().isURIResource(), "sd:name " + names.get(0).getObject() + " is not an IRI");
        });
    }

    private static void assertKnown(RDFNode term) {
        Resource resource = term.asResource();
        if (SD.NS.equals(resource.getNameSpace())) {
            assertTrue(VOCABULARY.contains(resource.getLocalName()), "sd:" + resource.getLocalName() + " is not in the SD vocabulary");
        }
    }
}

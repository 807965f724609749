package org.goodpractice.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.goodpractice.TestData;
import org.goodpractice.sparql.EndpointLimits;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue and dataset description conform to the official DCAT-AP 3.0.1 SHACL shapes
 * (src/test/resources/dcat-ap, copied from SEMICeu/DCAT-AP): the core constraints and the class
 * ranges with no violation at all, and the recommendations on everything the repository describes.
 */
class DcatApTest {
    private static TdbStore store;
    private static Model description;

    @BeforeAll
    static void describe() {
        store = TestData.storeWithSampleData(TestData.BASE);
        DatasetDescription dataset = new DatasetDescription(store, TestData.BASE, EndpointLimits.DEFAULT);
        description = dataset.dataset(dataset.figures());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void conformsToTheCoreShapes() {
        assertConforms("dcat-ap/shapes.ttl");
    }

    @Test
    void conformsToTheRangeShapes() {
        assertConforms("dcat-ap/range.ttl");
    }

    @Test
    void meetsEveryRecommendationOnItsOwnResources() {
        // Left out: countries are only named (the gazetteer has no bounding boxes), and the kind of
        // organisation publishing (dct:type of the publisher) depends on who runs the server.
        List<String> warnings = violations(description, "dcat-ap/shapes_recommended.ttl").stream()
                .filter(w -> !w.contains("http://publications.europa.eu/resource/authority/country/"))
                .filter(w -> !w.contains("dataset#publisher <http://purl.org/dc/terms/type>")).toList();
        assertEquals(List.of(), warnings);
    }

    @Test
    void aCatalogueListsTheDatasetAndItsService() {
        Resource catalog = description.listResourcesWithProperty(RDF.type, DCAT.Catalog).next();
        Resource dataset = description.getResource(DatasetDescription.datasetIri(TestData.BASE));
        assertTrue(catalog.hasProperty(DCAT.dataset, dataset));
        assertTrue(catalog.hasProperty(DCAT.service, description.getResource(DatasetDescription.serviceIri(TestData.BASE))));
        for (var property : List.of(DCTerms.publisher, DCAT.contactPoint, DCAT.keyword, DCAT.theme, DCTerms.spatial,
                DCTerms.temporal, DCTerms.issued, DCTerms.modified)) {
            assertTrue(dataset.hasProperty(property), "dataset has " + property);
        }
        description.listResourcesWithProperty(RDF.type, DCAT.Distribution).forEach(dump ->
                assertTrue(dump.hasProperty(DCAT.accessURL), dump + " has an access URL"));
    }

    @Test
    void theShapesDoCatchAMissingAccessUrl() {
        Model broken = ModelFactory.createDefaultModel().add(description);
        broken.removeAll(null, DCAT.accessURL, null);
        assertTrue(violations(broken, "dcat-ap/shapes.ttl").stream().anyMatch(v -> v.contains("accessURL")),
                "the shapes must notice what the issue found");
    }

    private static void assertConforms(String shapesFile) {
        List<String> violations = violations(description, shapesFile);
        assertEquals(List.of(), violations, shapesFile);
    }

    private static List<String> violations(Model data, String shapesFile) {
        Graph shapesGraph = RDFDataMgr.loadGraph(TestData.resource(shapesFile).toString());
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), data.getGraph());
        return report.getEntries().stream().map(DcatApTest::describe).collect(Collectors.toList());
    }

    private static String describe(ReportEntry entry) {
        return entry.severity().level().getLocalName() + " " + entry.focusNode() + " " + entry.resultPath() + ": " + entry.message();
    }
}

package org.goodpractice.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.update.UpdateAction;
import org.goodpractice.TestData;
import org.goodpractice.validation.RecordValidator.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The validator runs the shapes its own way (the SPARQL constraint compiled once, a record and its
 * gazetteer facts copied into one graph): its report is entry for entry the one Jena's own
 * {@link ShaclValidator} gives for the same graph, valid or broken, so the shapes file stays the
 * only statement of the rules.
 */
class RecordValidatorTest {
    private static final String PREFIXES = """
            PREFIX gp: <https://w3id.org/goodpractice/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private final RecordValidator validator = RecordValidator.bundled();

    /** Asserts that {@code graph} has the report Jena's validator gives it, with at least one entry when {@code broken}. */
    static void assertSameReportAsJena(Model graph, boolean broken) {
        RecordValidator validator = RecordValidator.bundled();
        Set<String> jena = entries(ShaclValidator.get().validate(validator.shapes(), graph.getGraph()));
        Set<String> ours = entries(validator.report(graph.getGraph()));
        assertEquals(jena, ours);
        assertEquals(broken, !jena.isEmpty(), () -> "report: " + jena);
    }

    private static Set<String> entries(ValidationReport report) {
        return report.getEntries().stream().map(RecordValidatorTest::entry).collect(Collectors.toSet());
    }

    private static String entry(ReportEntry e) {
        return String.join(" | ", Objects.toString(e.focusNode()), Objects.toString(e.source()),
                Objects.toString(e.resultPath()), Objects.toString(e.value()), e.message(), Objects.toString(e.severity()),
                Objects.toString(e.sourceConstraintComponent()), Objects.toString(e.sourceConstraint()));
    }

    private static Model valid() {
        return RDFDataMgr.loadModel(TestData.resource("validation/valid.ttl").toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            valid record                     | false | INSERT DATA {}
            day before day                   | true  | INSERT { ?p schema:endDate "1981-12-31"^^xsd:date } WHERE { ?p a gp:GoodPractice }
            same day                         | false | INSERT { ?p schema:endDate ?s } WHERE { ?p a gp:GoodPractice ; schema:startDate ?s }
            month before day                 | true  | DELETE { ?p schema:startDate ?s } INSERT { ?p schema:startDate "1982-02-10"^^xsd:date ; schema:endDate "1982-01"^^xsd:gYearMonth } WHERE { ?p schema:startDate ?s }
            year with day                    | false | DELETE { ?p schema:startDate ?s } INSERT { ?p schema:startDate "1982"^^xsd:gYear ; schema:endDate "1982-01-01"^^xsd:date } WHERE { ?p schema:startDate ?s }
            two ends and a second practice   | true  | INSERT { ?p schema:endDate "1970"^^xsd:gYear, "1971-01"^^xsd:gYearMonth . <http://example.org/id/practice/X> a gp:GoodPractice ; schema:startDate "2001"^^xsd:gYear ; schema:endDate "2000"^^xsd:gYear } WHERE { ?p a gp:GoodPractice }
            two titles and no priority       | true  | DELETE { ?p gp:priority ?x } INSERT { ?p dcterms:title "Another"@en } WHERE { ?p gp:priority ?x }
            """)
    void reportsWhatJenaReports(String name, boolean broken, String update) {
        Model graph = valid();
        UpdateAction.parseExecute(PREFIXES + update, graph);
        assertSameReportAsJena(graph, broken);
    }

    @Test
    void theDatesConstraintOfTheShapesRunsCompiled() {
        assertEquals(1, validator.compiledConstraints());
    }

    @Test
    void aRecordWithItsFactsValidatesAsTheirUnion() {
        Model all = valid();
        Model facts = ModelFactory.createDefaultModel();
        Graph graph = all.getGraph();
        graph.find().toList().stream()
                .filter(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith("http://publications.europa.eu/"))
                .forEach(facts.getGraph()::add);
        Model record = ModelFactory.createDefaultModel().add(all).remove(facts);
        UpdateAction.parseExecute(PREFIXES + "INSERT { ?p schema:endDate \"1970\"^^xsd:gYear } WHERE { ?p a gp:GoodPractice }", record);
        assertFalse(facts.isEmpty());

        List<Violation> together = validator.validate(record, facts.getGraph().find().toList());

        assertEquals(validator.validate(ModelFactory.createUnion(record, facts)), together);
        assertTrue(together.stream().anyMatch(v -> v.field().equals("End") && v.message().contains("cannot end before it starts")),
                together::toString);
        assertEquals(List.of(), validator.validate(valid(), facts.getGraph().find().toList()));
    }
}

package org.goodpractice.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.update.UpdateAction;
import org.goodpractice.TestData;
import org.goodpractice.validation.RecordValidator.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code validation/valid.ttl} (the BSPA record graph with its provenance and the gazetteer entries
 * it links to) conforms to {@code ontology/shapes.ttl}; breaking it in one place per shape gives a
 * violation that names the field and says what is wrong.
 */
class ShapesTest {
    private static final String PREFIXES = """
            PREFIX gp: <https://w3id.org/goodpractice/ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX locn: <http://www.w3.org/ns/locn#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private final RecordValidator validator = RecordValidator.bundled();

    private static Model valid() {
        return RDFDataMgr.loadModel(TestData.resource("validation/valid.ttl").toString());
    }

    @Test
    void theValidRecordGraphConforms() {
        assertEquals(List.of(), validator.validate(valid()));
    }

    @Test
    void theValidGraphHasANodeForEveryShapeSoEachShapeIsExercised() {
        Dataset ds = DatasetFactory.create(valid());
        for (String type : List.of("gp:GoodPractice", "locn:Address", "foaf:Person", "org:Organization",
                "schema:QuantitativeValue", "schema:Place", "geo:Geometry", "spdx:Checksum", "prov:Activity",
                "prov:SoftwareAgent")) {
            assertTrue(org.apache.jena.query.QueryExecutionFactory.create(
                    PREFIXES + "ASK { ?x a " + type + " }", ds).execAsk(), type);
        }
    }

    @ParameterizedTest(name = "ends {0}")
    @CsvSource({"'\"1982\"^^xsd:gYear'", "'\"1982-01\"^^xsd:gYearMonth'", "'\"1982-01-01\"^^xsd:date'"})
    void anEndInTheYearOrMonthOfTheStartConforms(String end) {
        Model graph = valid();
        UpdateAction.parseExecute(PREFIXES + "INSERT { ?p schema:endDate " + end + " } WHERE { ?p a gp:GoodPractice }", graph);

        assertEquals(List.of(), validator.validate(graph));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            practice without title       | DELETE WHERE { ?p dcterms:title ?t }                                                 | Title              | every practice needs exactly one title
            practice title too long      | DELETE { ?p dcterms:title ?t } INSERT { ?p dcterms:title "%s"@en } WHERE { ?p dcterms:title ?t } | Title | at most 300 characters
            practice starts in 1850      | DELETE { ?p schema:startDate ?d } INSERT { ?p schema:startDate "1850-01-01"^^xsd:date } WHERE { ?p schema:startDate ?d } | Start | between 1900 and 2100
            practice ends before start   | INSERT { ?p schema:endDate "1981-01-01"^^xsd:date } WHERE { ?p a gp:GoodPractice }  | End                | cannot end before it starts
            practice ends a year before  | INSERT { ?p schema:endDate "1981"^^xsd:gYear } WHERE { ?p a gp:GoodPractice }       | End                | cannot end before it starts
            practice starts in year 1850 | DELETE { ?p schema:startDate ?d } INSERT { ?p schema:startDate "1850"^^xsd:gYear } WHERE { ?p schema:startDate ?d } | Start | between 1900 and 2100
            practice with two countries  | INSERT { ?p gp:country <http://publications.europa.eu/resource/authority/country/FRA> } WHERE { ?p a gp:GoodPractice } | Location | must be one EU country
            practice region not NUTS     | INSERT { ?p gp:region <http://example.org/region/west-midlands> } WHERE { ?p a gp:GoodPractice } | Location | NUTS
            practice NUTS version 2006   | INSERT { ?p gp:nutsVersion <http://data.europa.eu/nuts/scheme/2006> } WHERE { ?p a gp:GoodPractice } | Location | NUTS version
            address without text         | DELETE WHERE { ?a locn:fullAddress ?t }                                              | Location           | keeps its whole text
            person without name          | DELETE WHERE { ?x foaf:name ?n }                                                     | Contact details    | exactly one name
            organisation without name    | DELETE { ?o skos:prefLabel ?n } WHERE { ?o a org:Organization ; skos:prefLabel ?n }  | Contact details    | exactly one name
            indicator value not a number | DELETE { ?i schema:value ?v } INSERT { ?i schema:value "five hundred" } WHERE { ?i schema:value ?v ; rdfs:label "over 500 companies"@en } | Evidence of success | numeric value
            indicator unknown qualifier  | INSERT { ?i gp:qualifier gp:roughlyish } WHERE { ?i schema:value 30 }                | Evidence of success | qualifier
            indicator without sentence   | DELETE { ?i gp:sourceSentence ?s } WHERE { ?i schema:value 30 ; gp:sourceSentence ?s } | Evidence of success | keeps the sentence
            place latitude out of range  | DELETE { ?c wgs84:lat ?l } INSERT { ?c wgs84:lat 152.5 } WHERE { ?c wgs84:lat ?l }   | Location           | latitude between -90 and 90
            geometry not a point         | DELETE { ?g geo:asWKT ?w } INSERT { ?g geo:asWKT "LINESTRING(1 2, 3 4)"^^geo:wktLiteral } WHERE { ?g geo:asWKT ?w } | Location | WKT point
            country not in gazetteer     | DELETE WHERE { <http://publications.europa.eu/resource/authority/country/GBR> skos:prefLabel ?l } | Location | countries.tsv
            NUTS region without level    | DELETE WHERE { ?r gp:nutsLevel ?l }                                                  | Location           | NUTS
            provenance without time      | DELETE WHERE { ?g prov:generatedAtTime ?t }                                          | Provenance         | import time
            source file without name     | DELETE { ?s schema:name ?n } WHERE { ?s spdx:checksum ?c ; schema:name ?n }         | Provenance         | exactly one name
            checksum not SHA-256 hex     | DELETE { ?c spdx:checksumValue ?v } INSERT { ?c spdx:checksumValue "xyz" } WHERE { ?c spdx:checksumValue ?v } | Provenance | 64 lower-case hexadecimal
            import without importer      | DELETE WHERE { ?a prov:wasAssociatedWith ?w }                                        | Provenance         | exactly one importer
            importer without version     | DELETE WHERE { ?w schema:softwareVersion ?v }                                        | Provenance         | exactly one version
            """)
    void breakingOneShapeNamesTheFieldAndTheProblem(String name, String update, String field, String message) {
        Model graph = valid();
        UpdateAction.parseExecute(PREFIXES + update.replace("%s", "x".repeat(301)), graph);

        List<Violation> violations = validator.validate(graph);

        assertFalse(violations.isEmpty(), name + " should not conform");
        RecordValidatorTest.assertSameReportAsJena(graph, true);
        assertTrue(violations.stream().anyMatch(v -> v.field().equals(field) && v.message().contains(message)),
                () -> "expected " + field + ": ..." + message + "... in " + violations);
    }
}

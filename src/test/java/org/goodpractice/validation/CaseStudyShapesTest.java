package org.goodpractice.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.update.UpdateAction;
import org.goodpractice.TestData;
import org.goodpractice.validation.RecordValidator.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code validation/valid-case-study.ttl} (the seed article's graph with the gazetteer entries it
 * links to) conforms to the shapes; breaking it in one place per case-study shape gives a violation
 * that names the field and says what is wrong.
 */
class CaseStudyShapesTest {
    private static final String PREFIXES = """
            PREFIX gp: <https://w3id.org/goodpractice/ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private final RecordValidator validator = RecordValidator.bundled();

    private static Model valid() {
        return RDFDataMgr.loadModel(TestData.resource("validation/valid-case-study.ttl").toString());
    }

    @Test
    void theSeedArticleGraphConforms() {
        assertEquals(List.of(), validator.validate(valid()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            case study without headline   | DELETE { ?a dcterms:title ?t } WHERE { ?a a gp:CaseStudy ; dcterms:title ?t }  | Headline        | exactly one headline
            case study without body       | DELETE WHERE { ?a schema:articleBody ?b }                                       | Body            | needs its text
            image without caption         | DELETE WHERE { ?i schema:caption ?c }                                           | Caption         | exactly one caption
            mention without sentence      | DELETE { ?m gp:sourceSentence ?s } WHERE { ?m a gp:Mention ; gp:sourceSentence ?s } | Mentions        | keeps the sentence
            mention without rule          | DELETE { ?m gp:rule ?r } WHERE { ?m a gp:Mention ; gp:rule ?r }                 | Mentions        | names the rule
            classification score above 1  | DELETE { ?c gp:score ?s } INSERT { ?c gp:score 2.5 } WHERE { ?c gp:score ?s }   | Inferred themes | between 0 and 1
            classification without words  | DELETE WHERE { ?c gp:matchedWords ?w }                                          | Inferred themes | which words matched
            """)
    void brokenCaseStudyGraphIsRefusedNamingTheField(String name, String update, String field, String message) {
        Model broken = valid();
        UpdateAction.parseExecute(PREFIXES + update, broken);
        List<Violation> violations = validator.validate(broken);
        assertTrue(violations.stream().anyMatch(v -> v.field().equals(field) && v.message().contains(message)),
                () -> name + ": " + violations);
        RecordValidatorTest.assertSameReportAsJena(broken, true);
    }

    @Test
    void aRelationMustLinkTwoRecordsAndSayWhy() {
        Model relation = RDFDataMgr.loadModel(TestData.resource("validation/valid-case-study.ttl").toString());
        UpdateAction.parseExecute(PREFIXES + """
                INSERT DATA { <http://example.org/id/article/x/related/y> a gp:Relation ;
                                  gp:relates <http://example.org/id/article/x> . }""", relation);
        List<Violation> violations = validator.validate(relation);
        assertTrue(violations.stream().anyMatch(v -> v.message().contains("exactly two records")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.message().contains("why the records are related")), violations.toString());
    }
}

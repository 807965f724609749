package org.goodpractice.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article imported beside the sample annexes, as a user would: acceptance of issue 6 and the links. */
class CaseStudyImportTest {
    private static final String PREFIXES = """
            PREFIX gp: <https://w3id.org/goodpractice/ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            """;
    private static final String ARTICLE = "<http://example.org/id/article/smart-specialisation-and-building-links-with-smes>";

    /** The sample data's name for the seed article: a record from another file with its id would be refused. */
    private static final String SAME_FILE = "smart-specialisation-and-smes.txt";

    @TempDir
    Path dir;

    private TdbStore store;
    private Importer importer;

    @BeforeEach
    void importSeedBesideSampleData() throws IOException {
        store = TestData.storeWithSampleData(TestData.BASE);
        importer = new Importer(store, TestData.BASE).force(true);
        Path seed = Files.copy(TestData.resource("ingest/article/smart-specialisation/input.txt"), dir.resolve(SAME_FILE));
        assertInstanceOf(ImportOutcome.Imported.class, importer.importFiles(List.of(seed), o -> { }).get(0));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private boolean ask(String where) {
        return store.ask(QueryFactory.create(PREFIXES + "ASK { " + where + " }"));
    }

    private List<String> select(String var, String where) {
        return store.select(QueryFactory.create(PREFIXES + "SELECT ?" + var + " WHERE { " + where + " } ORDER BY ?" + var), rs -> {
            List<String> values = new ArrayList<>();
            rs.forEachRemaining(r -> values.add(r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.getResource(var).getURI()));
            return values;
        });
    }

    @Test
    void seedArticleBecomesACaseStudyWithCategoriesAuthorsFiguresPlaceAndInferredSubTheme() {
        assertEquals(List.of("‘Smart specialisation’ and building links with SMEs"),
                select("t", ARTICLE + " a gp:CaseStudy ; dcterms:title ?t"));
        assertEquals(List.of("Industry", "LEPs", "skills"), select("c", ARTICLE + " dcterms:subject/skos:prefLabel ?c"));
        assertEquals(List.of("Felicia Fai", "Phil Tomlinson"), select("n", ARTICLE + " schema:author/foaf:name ?n"));
        assertEquals(List.of("Dr", "Dr"), select("h", ARTICLE + " schema:author/schema:honorificPrefix ?h"));
        assertEquals(List.of("School of Management", "School of Management"),
                select("o", ARTICLE + " schema:author/org:memberOf/skos:prefLabel ?o"));
        assertTrue(ask(ARTICLE + " gp:indicator/schema:value 107 . " + ARTICLE + " gp:indicator/schema:value 9.7"));
        assertTrue(ask(ARTICLE + " gp:region/skos:broader* <http://data.europa.eu/nuts/code/UKK>"), "a place in South West England");
        assertTrue(ask(ARTICLE + " gp:inferredSubTheme ?t ; gp:classification [ gp:concept ?t ; gp:score ?s ; gp:matchedWords ?w ]"));
        assertFalse(ask(ARTICLE + " gp:subTheme ?t"), "an inferred sub-theme is never stated as the source's");
    }

    @Test
    void noPageChromeReachesTheStore() {
        assertFalse(ask("?s ?p ?o FILTER (isLiteral(?o) && (CONTAINS(STR(?o), \"publish this\") "
                + "|| CONTAINS(STR(?o), \"Write a response\") || CONTAINS(STR(?o), \"Posted in\")))"));
    }

    @Test
    void theArticleAndTheSciencePartPracticeAreRelatedBothWaysWithReasons() {
        String bspa = "<http://example.org/id/practice/0557C2>";
        assertTrue(ask(ARTICLE + " dcterms:relation " + bspa + " . " + bspa + " dcterms:relation " + ARTICLE));
        List<String> reasons = select("r", "?rel gp:relates " + ARTICLE + ", " + bspa + " ; gp:reason ?r");
        assertTrue(reasons.contains("shared topic: Science parks and incubators"), reasons.toString());
        assertTrue(reasons.contains("shared country: United Kingdom"), reasons.toString());
    }

    @Test
    void aSharedCountryAloneLinksNothing() {
        String ukOnly = "<http://example.org/id/practice/0999W1>";
        assertInstanceOf(ImportOutcome.Imported.class, importer.importFile(TestData.resource("link/uk-country-only-annex.txt")));
        assertEquals(List.of("http://publications.europa.eu/resource/authority/country/GBR"),
                select("c", ARTICLE + " gp:country ?c . " + ukOnly + " gp:country ?c"), "the practice shares the article's country");
        assertFalse(ask("{ " + ARTICLE + " gp:inferredSubTheme ?f . " + ukOnly + " gp:subTheme ?f } UNION { "
                + ARTICLE + " gp:inferredTopic ?f . " + ukOnly + " gp:inferredTopic ?f } UNION { "
                + ARTICLE + " gp:region/skos:broader* ?f . " + ukOnly + " gp:region/skos:broader* ?f }"),
                "the practice shares nothing else with the article");
        assertFalse(ask(ARTICLE + " dcterms:relation " + ukOnly), "a shared country alone made a link");
        assertFalse(ask("?rel gp:relates " + ARTICLE + ", " + ukOnly), "a shared country alone made a relation node");
    }

    @Test
    void reimportingAChangedArticleLeavesNoStaleLinks() throws IOException {
        Path changed = Files.writeString(dir.resolve(SAME_FILE), "‘Smart specialisation’ and building links with SMEs\n\n"
                + "Posted in: Water\n\nThe water utility of Milan found leaks with acoustic loggers and cut water losses.\n");
        importer.importFiles(List.of(changed), o -> { });
        assertFalse(ask(ARTICLE + " dcterms:relation <http://example.org/id/practice/0557C2>"));
        assertTrue(ask(ARTICLE + " dcterms:relation <http://example.org/id/practice/0913R2>"));
    }
}

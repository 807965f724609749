package org.goodpractice.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.goodpractice.TestData;
import org.goodpractice.evidence.Indicator;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.place.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactExtractorTest {
    private static final String BASE = TestData.BASE;
    private static final FactExtractor FACTS = new FactExtractor(Ontology.load(BASE), BASE, Gazetteer.bundled());

    private static ArticleFacts facts(String fixture) {
        return FACTS.extract(new ArticleParser().parse(SourceText.read(TestData.resource("ingest/article/" + fixture + "/input.txt"))));
    }

    @Test
    void seedArticleGivesItsSurveyFiguresAsNumbers() {
        List<Indicator> figures = facts("smart-specialisation").indicators();
        assertEquals(List.of(new BigDecimal("107"), new BigDecimal("9.7")), figures.stream().map(Indicator::value).toList());
        assertEquals("P42D", figures.get(0).period(), "over six weeks");
        assertTrue(figures.get(0).sentence().contains("we received 107 responses"));
    }

    @Test
    void figuresWrittenInWordsAreReadAndQuotedAsWritten() {
        List<Indicator> figures = facts("no-bio").indicators();
        assertEquals(List.of("nearly two million euros", "Eight other Italian utilities", "EUR 1.2 million"),
                figures.stream().map(Indicator::phrase).toList());
        assertEquals(List.of(2_000_000L, 8L, 1_200_000L), figures.stream().map(i -> i.value().longValueExact()).toList());
    }

    @ParameterizedTest
    @CsvSource({"three-authors, 2006", "three-authors, 2012", "three-authors, 2014", "smart-specialisation, 1970"})
    void yearsAreNeverIndicators(String fixture, int year) {
        assertTrue(facts(fixture).indicators().stream().noneMatch(i -> i.value().intValue() == year));
    }

    @Test
    void seedArticleNamesItsOrganisationsAndPlacesByExplainedRules() {
        ArticleFacts f = facts("smart-specialisation");
        assertEquals(List.of("Department for Business, Energy and Industrial Strategy", "British Leyland",
                "Institute for Advanced Automotive Propulsion Systems"), f.organisations().stream().map(Mention::name).toList());
        assertEquals(List.of("institution", "example", "acronym"), f.organisations().stream().map(Mention::rule).toList());
        assertTrue(f.places().regions().stream().anyMatch(r -> r.code().equals("UKK")), "South West (England)");
        assertEquals(List.of("bristol-gb", "bath-gb"), f.places().cities().stream().map(c -> c.slug()).toList(),
                "Leyland is part of British Leyland, not a place");
    }

    @Test
    void subThemesAreInferredWithTheirMatchedWords() {
        ArticleFacts f = facts("smart-specialisation");
        assertEquals(BASE + "id/concept/interreg-ivc/sub-theme/entrepreneurship-smes", f.subThemes().get(0).concept());
        assertTrue(f.subThemes().get(0).explanation().contains("SMEs ×"), f.subThemes().get(0).explanation());
        assertTrue(f.topics().stream().anyMatch(t -> t.concept().equals(BASE + "id/concept/topic/smart-specialisation")));
    }

    @Test
    void programmesAreFoundByNameOrAcronym() {
        assertEquals(List.of(BASE + "id/concept/programme/erdf"),
                facts("three-authors").programmes().stream().map(Mention::iri).toList());
        assertEquals(List.of(BASE + "id/concept/programme/interreg"),
                facts("no-bio").programmes().stream().map(Mention::iri).toList());
    }
}

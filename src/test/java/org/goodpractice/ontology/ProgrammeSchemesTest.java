package org.goodpractice.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.goodpractice.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgrammeSchemesTest {
    private static final String BASE = TestData.BASE;
    private static final ProgrammeSchemes SCHEMES = ProgrammeSchemes.from(Ontology.load(BASE), BASE);

    @Test
    void schemesHoldBothPrioritiesAndAllTenSubThemes() {
        assertEquals("Innovation and the knowledge economy", SCHEMES.priorityByNumber("1").orElseThrow().label());
        assertEquals("Environment and risk prevention", SCHEMES.priorityByNumber("2").orElseThrow().label());
        assertEquals(List.of(
                "Biodiversity and preservation of natural heritage (including air quality)",
                "Cultural heritage and landscape",
                "Employment, human capital and education",
                "Energy and sustainable transport",
                "Entrepreneurship and SMEs",
                "Information Society",
                "Innovation, research and technology development",
                "Natural and technological risks (including climate change)",
                "Waste management",
                "Water management"), SCHEMES.subThemeLabels());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            innovation, research and technology development        | innovation-research-technology-development
            INNOVATION, RESEARCH & TECHNOLOGY DEVELOPMENT           | innovation-research-technology-development
            Innovation, research and technological development    | innovation-research-technology-development
            Biodiversity and preservation of natural heritage      | biodiversity-natural-heritage
            Natural and technological risks (incl. climate change) | natural-technological-risks
            Cultural heritage and landscapes                       | cultural-heritage-landscape
            Entrepreneurship and SME's                             | entrepreneurship-smes
            Energy and  sustainable   transport.                   | energy-sustainable-transport
            """)
    void subThemeWordingVariantsMatchTheSchemeConcept(String text, String concept) {
        ProgrammeSchemes.Concept match = SCHEMES.subTheme(text).orElseThrow(() -> new AssertionError("no match for " + text));
        assertEquals(BASE + "id/concept/interreg-ivc/sub-theme/" + concept, match.iri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Space exploration", "Management", "Tourism", "heritage"})
    void unrelatedOrAmbiguousTextMatchesNoSubTheme(String text) {
        assertTrue(SCHEMES.subTheme(text).isEmpty(), text);
    }
}

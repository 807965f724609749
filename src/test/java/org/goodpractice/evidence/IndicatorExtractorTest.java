package org.goodpractice.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.goodpractice.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Evidence sentences from {@code evidence/sentences.tsv} yield exactly the indicators listed beside them. */
class IndicatorExtractorTest {
    private final IndicatorExtractor extractor = new IndicatorExtractor();

    record Case(String sentence, String expected) {
        @Override
        public String toString() {
            return sentence;
        }
    }

    static Stream<Case> sentences() throws IOException {
        return Files.readAllLines(TestData.resource("evidence/sentences.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(c -> new Case(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void sentenceYieldsExactlyTheListedIndicators(Case c) {
        List<Indicator> found = extractor.extract(List.of(c.sentence()));
        String actual = found.isEmpty() ? "none" : String.join(" ; ", found.stream().map(IndicatorExtractorTest::describe).toList());
        assertEquals(c.expected(), actual);
        found.forEach(i -> assertEquals(c.sentence(), i.sentence(), "each indicator keeps its sentence"));
    }

    @Test
    void paragraphsAreSplitIntoSentencesAndDecimalPointsDoNotEndThem() {
        List<Indicator> found = extractor.extract(List.of(
                "Over 230 buildings were restored, and 3.5 km of walls consolidated. The quarter has 9,000 inhabitants."));
        assertEquals(List.of(new BigDecimal("230"), new BigDecimal("3.5"), new BigDecimal("9000")),
                found.stream().map(Indicator::value).toList());
        assertEquals("The quarter has 9,000 inhabitants.", found.get(2).sentence());
        assertEquals("3.5 km of walls", found.get(1).phrase());
    }

    @Test
    void theWordsANumberWasReadFromAreKept() {
        Indicator i = extractor.extract(List.of("BSPA has helped the creation of over 500 companies.")).get(0);
        assertEquals("over 500 companies", i.phrase());
        assertEquals("companies", i.unit());
        assertTrue(i.value().scale() <= 0, "whole numbers stay whole");
    }

    private static String describe(Indicator i) {
        return String.join(" ", i.value().toPlainString(),
                i.qualifier() == null ? "-" : camel(i.qualifier().name()),
                i.counted() == null ? "-" : i.counted().slug(),
                i.period() == null ? "-" : i.period());
    }

    private static String camel(String constant) {
        String[] parts = constant.toLowerCase(Locale.ROOT).split("_");
        StringBuilder s = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            s.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return s.toString();
    }
}

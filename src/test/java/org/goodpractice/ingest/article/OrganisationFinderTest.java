package org.goodpractice.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.goodpractice.ingest.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile organisation lines: a line of capitalised words as long as a record line may be used to
 * overflow the stack (unbounded repetition in the name patterns) or backtrack quadratically; an
 * article naming thousands of bodies compared each new name with all before it.
 */
class OrganisationFinderTest {
    private static final OrganisationFinder FINDER = new OrganisationFinder(name -> false);

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aLineOfCapitalisedWordsAsLongAsALineMayBeIsScannedAndNamesNoneOfIt() {
        for (String word : List.of("Abcd ", "Abcd of ", "Council for Abc, ", "Institute and ", "Aa ")) {
            String line = word.repeat(SourceText.MAX_LINE_CHARS / word.length());
            List<Mention> found = FINDER.find(List.of(line + "(ABC) notably Abc Def"));
            assertTrue(found.stream().allMatch(m -> m.name().split(" ").length <= OrganisationFinder.MAX_NAME_WORDS),
                    word + ": " + found.stream().map(Mention::name).toList());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anOrganisationAtTheEndOfALongRunIsStillFoundByItsLastWords() {
        String line = "Abcd ".repeat(1_900) + "Birmingham City Council said (BCC) so.";
        List<String> names = FINDER.find(List.of(line)).stream().map(Mention::name).toList();
        assertTrue(names.stream().anyMatch(n -> n.endsWith("Birmingham City Council")), names.toString());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anArticleNamingThousandsOfBodiesKeepsTheFirstThousand() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            sentences.add("The Q" + Integer.toString(i, 26).replaceAll("[0-9]", "x") + "z University opened.");
        }
        List<Mention> found = FINDER.find(sentences);
        assertEquals(OrganisationFinder.MAX_ORGANISATIONS, found.size());
        assertEquals("Qxz University", found.get(0).name());
    }

    @Test
    void ordinaryNamesAreFoundAsBefore() {
        List<String> names = FINDER.find(List.of(
                "The Institute for Advanced Automotive Propulsion Systems (IAAPS) opened.",
                "It was funded by the Department for Business, Energy and Industrial Strategy.",
                "Firms such as British Leyland left.")).stream().map(Mention::name).toList();
        assertEquals(List.of("Institute for Advanced Automotive Propulsion Systems",
                "Department for Business, Energy and Industrial Strategy", "British Leyland"), names);
    }
}

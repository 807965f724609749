package org.goodpractice.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.goodpractice.TestData;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleParserTest {
    private final ArticleParser parser = new ArticleParser();

    @TempDir
    Path dir;

    private Article seed() {
        return parser.parse(SourceText.read(TestData.resource("ingest/article/smart-specialisation/input.txt")));
    }

    @Test
    void seedArticleHasItsHeadlineCategoriesAndAuthorsWithTitlesKeptApart() {
        Article a = seed();
        assertEquals("‘Smart specialisation’ and building links with SMEs", a.headline());
        assertEquals(List.of("Industry", "LEPs", "skills"), a.categories());
        assertEquals(List.of("Phil Tomlinson", "Felicia Fai"), a.authors().stream().map(Article.Author::name).toList());
        assertEquals(List.of("Dr", "Dr"), a.authors().stream().map(Article.Author::honorific).toList());
        assertEquals("Senior Lecturer (Associate Professor) in Business Economics", a.authors().get(0).jobTitle());
        assertEquals("School of Management", a.authors().get(0).affiliation());
        assertEquals("School of Management", a.authors().get(1).affiliation());
    }

    @Test
    void captionsAreRecognisedAndNotBodyText() {
        Article a = seed();
        assertEquals(List.of("Inside IAAPS at the Bristol & Bath Science Park.",
                "IAAPS will offer an open access space for SMEs and start ups."), a.captions());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.startsWith("Inside IAAPS") || p.startsWith("IAAPS will offer")));
    }

    @Test
    void pageChromeNeverBecomesText() {
        Article a = seed();
        List<String> all = new java.util.ArrayList<>(a.paragraphs());
        all.addAll(a.captions());
        for (String chrome : List.of("Posted in", "we won't publish", "Write a response", "His research interests")) {
            assertTrue(all.stream().noneMatch(p -> p.contains(chrome)), chrome);
        }
        assertEquals(9, a.paragraphs().size());
    }

    @Test
    void threeAuthorsInOneBioSentenceEachGetTheSharedRoleAndAffiliation() {
        Article a = parser.parse(SourceText.read(TestData.resource("ingest/article/three-authors/input.txt")));
        assertEquals(List.of("Anna Kowalska", "Jan Nowak", "Ewa Wiśniewska"), a.authors().stream().map(Article.Author::name).toList());
        a.authors().forEach(author -> {
            assertNull(author.honorific());
            assertEquals("Researcher", author.jobTitle());
            assertEquals("Institute of Urban Studies at the University of Łódź", author.affiliation());
        });
    }

    @Test
    void anArticleWithoutBioHasNoAuthorsAndKeepsItsLastParagraph() {
        Article a = parser.parse(SourceText.read(TestData.resource("ingest/article/no-bio/input.txt")));
        assertTrue(a.authors().isEmpty());
        assertTrue(a.paragraphs().get(a.paragraphs().size() - 1).startsWith("The approach is not expensive"));
    }

    @Test
    void aClosingSentenceAboutAnInstitutionIsNotABio() {
        assertTrue(AuthorBios.parse("Birmingham City Council is the owner of the park.").isEmpty());
        assertFalse(AuthorBios.parse("Dr Jane Smith is a Reader in Economic Geography at the University of Bath.").isEmpty());
    }

    @Test
    void anArticleWithOnlyAHeadlineIsRefusedNamingTheField() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "Just a headline\n\nPosted in: News\n\nWrite a response\n");
        RecordException e = assertThrows(RecordException.class, () -> parser.parse(SourceText.read(file)));
        assertEquals("Body", e.field());
    }
}

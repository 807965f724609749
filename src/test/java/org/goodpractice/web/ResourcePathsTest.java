package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.goodpractice.linkeddata.RdfFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourcePathsTest {
    private final ResourcePaths paths = new ResourcePaths("http://example.org/");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "practice/0557C2, /practice/0557C2",
            "practice/0557C2/location, /page/practice/0557C2/location",
            "practice/0557C2/indicator/1, /page/practice/0557C2/indicator/1",
            "concept/interreg-ivc/priority/1, /page/concept/interreg-ivc/priority/1",
            "person/hugo-russell, /page/person/hugo-russell"})
    void practicesHaveTheirOwnPageAndEverythingElseTheGenericOne(String path, String page) {
        assertEquals(page, paths.page(path));
    }

    @Test
    void mintedIrisLinkToTheirPagesAndOthersToThemselves() {
        assertEquals("/practice/0557C2", paths.href("http://example.org/id/practice/0557C2"));
        assertEquals("https://schema.org/name", paths.href("https://schema.org/name"));
        assertEquals(Optional.empty(), paths.path("http://example.org/id/"));
        assertEquals("http://example.org/data/concept/interreg-ivc/priority/1.jsonld", paths.dataUrl("concept/interreg-ivc/priority/1", RdfFormat.JSONLD));
    }

    @Test
    void namedGraphsAndTheirFragmentNodesShareOnePathPageAndDocuments() {
        assertEquals(Optional.of("graph/practice/0557C2"), paths.path("http://example.org/graph/practice/0557C2"));
        assertEquals(Optional.of("graph/practice/0557C2"), paths.path("http://example.org/graph/practice/0557C2#sha256"));
        assertEquals("http://example.org/graph/practice/0557C2", paths.iri("graph/practice/0557C2"));
        assertEquals("/page/graph/practice/0557C2#import", paths.href("http://example.org/graph/practice/0557C2#import"));
        assertEquals("http://example.org/data/graph/links.ttl", paths.dataUrl("graph/links", RdfFormat.TURTLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"practice/0557C2", "organisation/lodz-science-park-lsp", "place/nuts/UKG31", "a/b_c.d~e"})
    void ordinaryPathsAreWellFormed(String path) {
        assertTrue(ResourcePaths.wellFormed(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "practice/a>b", "practice/a b", "practice//x", "/practice", "practice/", "a\"b", "x{y}", "a\\b"})
    void pathsThatCouldBreakAnIriAreRefused(String path) {
        assertFalse(ResourcePaths.wellFormed(path));
    }
}

package org.goodpractice.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbHistoryTest {
    private static final History.Change IMPORT = new History.Change("import (a.txt)", "import of a.txt", Instant.parse("2026-12-03T10:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void aBatchKeepsAVersionOfEachChangedRecordAndNoneOfAnUnchangedOne() {
        try (TdbHistory history = TdbHistory.open(dir.resolve("history"))) {
            assertTrue(history.isEmpty());
            history.recordAll(List.of(entry("a", "First"), entry("b", "Second")));
            List<History.Version> made = history.recordAll(List.of(entry("a", "First"), entry("b", "Second, changed"), entry("c", "Third")));

            assertEquals(List.of("urn:x:b 2", "urn:x:c 1"), made.stream().map(v -> v.record() + " " + v.number()).toList());
            assertEquals(1, history.versions("urn:x:a").size());
            assertEquals(2, history.versions("urn:x:b").size());
            assertEquals("Second", title(history.content("urn:x:b", 1).orElseThrow()));
            assertEquals("Second, changed", title(history.content("urn:x:b", 2).orElseThrow()));
            assertFalse(history.isEmpty());
        }
    }

    @Test
    void compactionKeepsEveryVersion() {
        Path location = dir.resolve("history");
        try (TdbHistory history = TdbHistory.open(location)) {
            history.recordAll(List.of(entry("a", "First")));
            history.recordAll(List.of(entry("a", "First, changed")));
            history.compact();
            assertEquals(2, history.versions("urn:x:a").size());
        }
        try (TdbHistory reopened = TdbHistory.open(location)) {
            assertEquals("First, changed", title(reopened.content("urn:x:a", 2).orElseThrow()));
        }
    }

    private static History.Entry entry(String id, String title) {
        Model content = ModelFactory.createDefaultModel();
        content.createResource("urn:x:" + id).addProperty(DCTerms.title, title);
        return new History.Entry("urn:x:" + id, "urn:x:" + id + "/graph", content, IMPORT);
    }

    private static String title(Model content) {
        return content.listObjectsOfProperty(DCTerms.title).next().asLiteral().getString();
    }
}

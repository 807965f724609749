package org.goodpractice.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
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

    @Test
    void aVersionWithBlankNodesAndItsDescriptionReadBackWholeWhileTheHistoryHoldsNoGraphPerVersion() {
        Model content = ModelFactory.createDefaultModel();
        content.createResource("urn:x:a").addProperty(DCTerms.title, "Caf\u00e9 \"quoted\"\n2 lines")
                .addProperty(DCTerms.spatial, content.createResource().addProperty(DCTerms.title, "a place"));
        try (TdbHistory history = TdbHistory.open(dir.resolve("history"))) {
            history.recordAll(List.of(new History.Entry("urn:x:a", "urn:x:a/graph", content, IMPORT)));

            assertTrue(content.isIsomorphicWith(history.content("urn:x:a", 1).orElseThrow()));
            Model description = history.description("urn:x:a", 1).orElseThrow();
            assertFalse(description.listStatements().toList().stream()
                    .anyMatch(st -> st.getObject().isLiteral() && st.getObject().asLiteral().getLexicalForm().length() > 200),
                    "the packed content is not part of the version's public description: " + description);
            assertTrue(history.recordAll(List.of(new History.Entry("urn:x:a", "urn:x:a/graph", content, IMPORT))).isEmpty(),
                    "the same content again is no new version");
        }
        Dataset raw = TDB2Factory.connectDataset(dir.resolve("history").toString());
        List<String> names = new ArrayList<>();
        Txn.executeRead(raw, () -> raw.listNames().forEachRemaining(names::add));
        assertEquals(List.of(TdbHistory.METADATA), names, "one graph, whatever the number of versions");
    }

    @Test
    void aHistoryWrittenWithAGraphPerVersionStillReadsBack() {
        Path location = dir.resolve("history");
        Dataset raw = TDB2Factory.connectDataset(location.toString());
        try (TdbHistory history = TdbHistory.open(location)) {
            history.recordAll(List.of(entry("a", "First")));
            // As the history kept content before it was packed: a graph named by the version's IRI.
            Txn.executeWrite(raw, () -> {
                Model meta = raw.getNamedModel(TdbHistory.METADATA);
                meta.removeAll(meta.createResource(History.versionIri("urn:x:a", 1)),
                        meta.createProperty("urn:goodpractice:history#content"), null);
                raw.getNamedModel(History.versionIri("urn:x:a", 1)).add(entry("a", "Old layout").content());
            });
            assertEquals("Old layout", title(history.content("urn:x:a", 1).orElseThrow()));
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

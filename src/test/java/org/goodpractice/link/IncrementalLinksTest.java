package org.goodpractice.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryFactory;
import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links and inferred topics of records an import did not touch stay as they were; links stay bounded. */
class IncrementalLinksTest {
    private static final String ARTICLE = "http://example.org/id/article/smart-specialisation-and-building-links-with-smes";

    @TempDir
    Path dir;

    @Test
    void importingAnotherRecordLeavesTheLinksAndTopicsOfUntouchedRecordsAsTheyWere() throws IOException {
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE)) {
            // The article is the sample data's own case study, re-imported under its file name (another name would be another source).
            Importer importer = new Importer(store, TestData.BASE).force(true);
            Path seed = Files.copy(TestData.resource("ingest/article/smart-specialisation/input.txt"),
                    dir.resolve("smart-specialisation-and-smes.txt"));
            assertInstanceOf(ImportOutcome.Imported.class, importer.importFiles(List.of(seed), o -> { }).get(0));
            Map<String, List<String>> before = linksAndTopics(store);
            assertTrue(before.containsKey(ARTICLE + " link"), "the article is linked");

            // A practice about water in Milan shares nothing with the article.
            String water = Files.readString(Path.of("data/annex/0913R2.txt")).replace("0913R2", "0913R9");
            assertInstanceOf(ImportOutcome.Imported.class, importer.importFile(Files.writeString(dir.resolve("0913R9.txt"), water)));

            Map<String, List<String>> after = linksAndTopics(store);
            // The records the new practice is linked to are touched by that link; every other one must be as it was.
            List<String> touched = after.entrySet().stream()
                    .filter(e -> e.getKey().contains("0913R9") || e.getValue().stream().anyMatch(v -> v.contains("0913R9")))
                    .map(Map.Entry::getKey).toList();
            touched.forEach(k -> {
                after.remove(k);
                before.remove(k);
            });
            assertFalse(before.isEmpty());
            assertEquals(before, after);
        }
    }

    @Test
    void eachCaseStudyLinksAtMostTheBoundedNumberOfPractices() throws IOException {
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE)) {
            Path seed = Files.copy(TestData.resource("ingest/article/smart-specialisation/input.txt"), dir.resolve("004.txt"));
            new Importer(store, TestData.BASE).importFiles(List.of(seed), o -> { });
            int links = store.select(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { <" + ARTICLE
                    + "> <http://purl.org/dc/terms/relation> ?p }"), rs -> rs.next().getLiteral("n").getInt());
            assertTrue(links > 0 && links <= Linker.RELATED, "links: " + links);
            assertFalse(links > Linker.RELATED);
        }
    }

    /** For every record: its links (with reasons) and its inferred topics, sorted. */
    private static Map<String, List<String>> linksAndTopics(TdbStore store) {
        return store.select(QueryFactory.create("""
                PREFIX gp: <https://w3id.org/goodpractice/ns#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?record ?kind ?value WHERE {
                  { ?record dcterms:relation ?other . ?rel gp:relates ?record, ?other ; gp:reason ?r
                    BIND ("link" AS ?kind) BIND (CONCAT(STR(?other), " ", STR(?r)) AS ?value) }
                  UNION { ?record gp:inferredTopic ?t BIND ("topic" AS ?kind) BIND (STR(?t) AS ?value) }
                }"""), rs -> {
            Map<String, List<String>> found = new TreeMap<>();
            rs.forEachRemaining(row -> found.computeIfAbsent(row.getResource("record").getURI() + " " + row.getLiteral("kind").getString(),
                    k -> new java.util.ArrayList<>()).add(row.getLiteral("value").getString()));
            found.values().forEach(v -> v.sort(null));
            return found;
        });
    }
}

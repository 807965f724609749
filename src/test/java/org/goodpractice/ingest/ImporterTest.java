package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryFactory;
import org.goodpractice.TestData;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    private static final Path BSPA = TestData.resource("ingest/annex/bspa/input.txt");

    @TempDir
    Path dir;

    @Test
    void importingTheSameFileTwiceLeavesTheStoreIdentical() {
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, TestData.BASE);
            importer.importFiles(List.of(BSPA), o -> { });
            List<String> once = TestData.snapshot(store);
            importer.importFiles(List.of(BSPA), o -> { });
            assertEquals(once, TestData.snapshot(store));
        }
    }

    @Test
    void moreRecordsThanOneWriteTransactionHoldsAllImportAndABadOneAmongThemIsRefusedAlone() throws IOException {
        String valid = Files.readString(TestData.resource("ingest/bad/valid.txt"));
        List<Path> files = new ArrayList<>();
        for (int n = 1; n <= 450; n++) {
            String record = n == 300 ? valid.replace("Start: 01-01-2005", "Start: 31-02-2005") : valid;
            files.add(Files.writeString(dir.resolve(String.format("r%03d.txt", n)),
                    record.replace("Index: 0001A1", String.format("Index: %04dA1", n))));
        }
        try (TdbStore store = TdbStore.inMemory()) {
            List<ImportOutcome> reported = new ArrayList<>();
            List<ImportOutcome> outcomes = new Importer(store, TestData.BASE).importFiles(files, reported::add);

            assertEquals(outcomes, reported, "each outcome reported once, in file order");
            assertEquals(files, outcomes.stream().map(ImportOutcome::file).toList());
            assertTrue(outcomes.get(299) instanceof ImportOutcome.Failed, outcomes.get(299).toString());
            assertEquals(449, outcomes.stream().filter(o -> o instanceof ImportOutcome.Imported).count());
            int practices = store.select(QueryFactory.create(
                    "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/goodpractice/ns#GoodPractice> }"),
                    rs -> rs.next().getLiteral("n").getInt());
            assertEquals(449, practices);
            assertFalse(store.ask(QueryFactory.create("ASK { <http://example.org/id/practice/0300A1> ?p ?o }")));
        }
    }

    @Test
    void reimportingAChangedRecordReplacesItsOldVersion() throws IOException {
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, TestData.BASE);
            importer.importFile(BSPA);
            Path changed = Files.writeString(dir.resolve(BSPA.getFileName().toString()),
                    Files.readString(BSPA).replace("Birmingham Science Park Aston\n", "BSPA renamed\n"));
            importer.importFile(changed);
            Set<String> titles = store.select(QueryFactory.create(
                    "SELECT ?t WHERE { <http://example.org/id/practice/0557C2> <http://purl.org/dc/terms/title> ?t }"),
                    rs -> {
                        Set<String> s = new java.util.HashSet<>();
                        rs.forEachRemaining(r -> s.add(r.getLiteral("t").getString()));
                        return s;
                    });
            assertEquals(Set.of("BSPA renamed"), titles);
        }
    }

    @Test
    void defaultGraphIsTheUnionAndGraphShowsWhereEachTripleCameFrom() {
        try (TdbStore store = TdbStore.inMemory()) {
            new Importer(store, TestData.BASE).importFiles(List.of(BSPA), o -> { });
            assertTrue(store.ask(QueryFactory.create("""
                    PREFIX gp: <https://w3id.org/goodpractice/ns#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    ASK { <http://example.org/id/practice/0557C2> gp:priority ?p .
                          ?p skos:prefLabel "Innovation and the knowledge economy"@en }""")),
                    "record and ontology triples must join in the default graph");
            Set<String> graphs = store.select(QueryFactory.create(
                    "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"),
                    rs -> {
                        Set<String> s = new java.util.HashSet<>();
                        rs.forEachRemaining(r -> s.add(r.getResource("g").getURI()));
                        return s;
                    });
            assertEquals(Set.of("http://example.org/graph/ontology", "http://example.org/graph/gazetteer",
                    "http://example.org/graph/practice/0557C2"), graphs);
        }
    }

    @Test
    void siteChromeNeverReachesTheStore() {
        try (TdbStore store = TdbStore.inMemory()) {
            new Importer(store, TestData.BASE).importFiles(List.of(BSPA), o -> { });
            assertFalse(store.ask(QueryFactory.create("""
                    ASK { ?s ?p ?o FILTER (isLiteral(?o) && (CONTAINS(STR(?o), "no longer updated")
                                                            || CONTAINS(STR(?o), "Follow news"))) }""")));
        }
    }

    @Test
    void directoriesAreWalkedInNameOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("1.txt"), "x");
        Files.writeString(dir.resolve(".hidden"), "x");
        assertEquals(List.of(dir.resolve("1.txt"), dir.resolve("b/2.txt")),
                Importer.expand(List.of(dir)).stream().collect(Collectors.toList()));
    }

    @Test
    void allSampleDataImportsCleanly() {
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE)) {
            long records = store.select(QueryFactory.create("""
                    PREFIX gp: <https://w3id.org/goodpractice/ns#>
                    SELECT (COUNT(*) AS ?n) WHERE { VALUES ?kind { gp:GoodPractice gp:CaseStudy } ?r a ?kind }"""),
                    rs -> rs.next().getLiteral("n").getLong());
            assertEquals(TestData.sampleFiles().size(), records);
        }
    }
}

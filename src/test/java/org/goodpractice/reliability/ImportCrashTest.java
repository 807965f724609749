package org.goodpractice.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryFactory;
import org.goodpractice.TestData;
import org.goodpractice.cli.Main;
import org.goodpractice.ingest.Importer;
import org.goodpractice.link.Linker;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL in the middle of its run leaves every record whole or absent:
 * each record graph in the store has exactly the triples a complete import of its file gives,
 * and every batch reported as written is there. The links it did not get to work out, and the
 * gazetteer graph it did not get to write, are brought in line with those records at the next start.
 */
class ImportCrashTest {
    private static final int FILES = 700;

    @TempDir
    Path dir;

    @Test
    void everyRecordIsWholeOrAbsentAfterAKillMidImportAndTheNextStartRepairsTheLinks() throws IOException, InterruptedException {
        Path store = dir.resolve("store");
        // Before the killed run: a case study about Milan, linked to the one practice there is.
        Path caseStudy = Files.copy(Path.of("data/article/milan-water-losses.txt"), dir.resolve("milan-water-losses.txt"));
        Path first = Files.writeString(dir.resolve("s0001.txt"), milanPractice("S0001", "Earlier record"));
        try (JavaProcess earlier = JavaProcess.start(Main.class, "import", "--store", store.toString(), "--base-uri", TestData.BASE,
                caseStudy.toString(), first.toString())) {
            earlier.awaitLine(l -> l.equals("2 imported, 0 unchanged, 0 failed"), Duration.ofSeconds(120));
        }
        List<Path> files = records();
        List<Path> all = new ArrayList<>(files);
        all.add(first);
        Map<String, Long> expected = completeGraphSizes(all);
        // Transactions of about 200 records, so that the kill falls after the first one.
        long batch = 200 * expected.values().iterator().next();
        List<String> args = new ArrayList<>(List.of("import", "--verbose", "--batch-quads", Long.toString(batch),
                "--store", store.toString(), "--base-uri", TestData.BASE));
        args.add(dir.resolve("records").toString());
        try (JavaProcess importer = JavaProcess.start(Main.class, args.toArray(String[]::new))) {
            importer.awaitLine(l -> l.startsWith("[201/"), Duration.ofSeconds(120));
            importer.kill();
        }

        try (TdbStore killed = TdbStore.open(store)) {
            Map<String, Long> found = graphSizes(killed);
            assertTrue(found.size() > 200 && found.size() <= FILES, "the first batch is in, the run was cut: " + found.size());
            found.forEach((graph, size) -> assertEquals(expected.get(graph), size, graph + " is whole"));

            assertEquals(List.of(practice("S0001")), related(killed), "the earlier run's link; the killed run wrote none");
            assertEquals(List.of("milan-it"), cities(killed), "the killed run did not get to write the gazetteer graph");
            assertTrue(new Importer(killed, TestData.BASE).repairUnlessInStep(), "the killed run left the store past its mark");
            assertEquals(List.of("milan-it", "sevilla-es"), cities(killed), "the city of the killed run's records is in after the repair");
            // The new Milan practices that sort first now share the case study's links.
            assertEquals(List.of(practice("R0000"), practice("R0001"), practice("R0002"), practice("R0003"), practice("R0004")),
                    related(killed));
            long repaired = killed.version();
            new Linker(killed, TestData.BASE).relink();
            assertEquals(repaired, killed.version(), "working out every link again changes none: they are in line");
            new Importer(killed, TestData.BASE).repair();
            assertEquals(repaired, killed.version(), "a second start has nothing to repair");
            assertFalse(new Importer(killed, TestData.BASE).repairUnlessInStep(), "and finds the store marked in step");
        }
    }

    @Test
    void aBulkLoadIntoAnEmptyStoreKilledMidRunLeavesItEmptyAndTheNextImportLoadsEverything() throws IOException, InterruptedException {
        Path store = dir.resolve("store");
        List<Path> files = records();
        Map<String, Long> expected = completeGraphSizes(files);
        long batch = 200 * expected.values().iterator().next();
        try (JavaProcess importer = JavaProcess.start(Main.class, "import", "--verbose", "--batch-quads", Long.toString(batch),
                "--store", store.toString(), "--base-uri", TestData.BASE, dir.resolve("records").toString())) {
            importer.awaitLine(l -> l.startsWith("[201/"), Duration.ofSeconds(120));
            importer.kill();
        }
        try (TdbStore killed = TdbStore.open(store)) {
            assertEquals(Map.of(), graphSizes(killed), "every batch was in the one transaction the kill cut");
            new Importer(killed, TestData.BASE).importFiles(files, o -> { });
            assertEquals(expected, graphSizes(killed), "the next import loads every record whole");
        }
    }

    private static String practice(String index) {
        return TestData.BASE + "id/practice/" + index;
    }

    /** The cities the gazetteer graph describes, by slug (their geometries left out). */
    private static List<String> cities(TdbStore store) {
        String prefix = TestData.BASE + "id/place/";
        return store.select(QueryFactory.create("SELECT DISTINCT ?c WHERE { GRAPH <" + TestData.BASE + "graph/gazetteer> { ?c ?p ?o } "
                + "FILTER (STRSTARTS(STR(?c), \"" + prefix + "\")) } ORDER BY ?c"), rs -> {
                    List<String> slugs = new ArrayList<>();
                    rs.forEachRemaining(r -> slugs.add(r.getResource("c").getURI().substring(prefix.length())));
                    slugs.removeIf(slug -> slug.contains("/"));
                    return slugs;
                });
    }

    /** The practices the Milan case study is linked to, in order. */
    private static List<String> related(TdbStore store) {
        return store.select(QueryFactory.create("SELECT ?p WHERE { GRAPH <" + Linker.graphIri(TestData.BASE) + "> { <" + TestData.BASE
                + "id/article/cutting-water-losses-in-milan-what-other-utilities-can-learn> <http://purl.org/dc/terms/relation> ?p } } ORDER BY ?p"), rs -> {
                    List<String> practices = new ArrayList<>();
                    rs.forEachRemaining(r -> practices.add(r.getResource("p").getURI()));
                    return practices;
                });
    }

    private String milanPractice(String index, String title) throws IOException {
        return Files.readString(TestData.resource("ingest/bad/valid.txt")).replace("Index: 0001A1", "Index: " + index)
                .replace("Valid title", title).replace("SPAIN ANDALUCÍA Sevilla", "ITALY LOMBARDIA Milano Provincia di Milano");
    }

    private String sevillePractice(String index, String title) throws IOException {
        return Files.readString(TestData.resource("ingest/bad/valid.txt")).replace("Index: 0001A1", "Index: " + index)
                .replace("Valid title", title);
    }

    private List<Path> records() throws IOException {
        Path records = Files.createDirectories(dir.resolve("records"));
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < FILES; n++) {
            // Ten records of the first batch are in Seville, a city no earlier record names.
            String text = n >= 10 && n < 20 ? sevillePractice(String.format("R%04d", n), "Record " + n)
                    : milanPractice(String.format("R%04d", n), "Record " + n);
            files.add(Files.writeString(records.resolve(String.format("r%04d.txt", n)), text));
        }
        return files;
    }

    /** The size of each record graph when nothing is interrupted. */
    private static Map<String, Long> completeGraphSizes(List<Path> files) {
        try (TdbStore complete = TdbStore.inMemory()) {
            new Importer(complete, TestData.BASE).importFiles(files, o -> { });
            return graphSizes(complete);
        }
    }

    private static Map<String, Long> graphSizes(TdbStore store) {
        return store.select(QueryFactory.create("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER (STRSTARTS(STR(?g), \"" + TestData.BASE + "graph/practice/\")) } GROUP BY ?g"), rs -> {
                    Map<String, Long> sizes = new TreeMap<>();
                    rs.forEachRemaining(r -> sizes.put(r.getResource("g").getURI(), r.getLiteral("n").getLong()));
                    return sizes;
                });
    }
}

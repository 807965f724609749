package org.goodpractice.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL in the middle of its run leaves every record whole or absent:
 * each record graph in the store has exactly the triples a complete import of its file gives,
 * and every batch reported as written is there.
 */
class ImportCrashTest {
    private static final int FILES = 700;

    @TempDir
    Path dir;

    @Test
    void everyRecordIsWholeOrAbsentAfterAKillMidImport() throws IOException, InterruptedException {
        List<Path> files = records();
        Map<String, Long> expected = completeGraphSizes(files);
        // Transactions of about 200 records, so that the kill falls after the first one.
        long batch = 200 * expected.values().iterator().next();
        Path store = dir.resolve("store");
        List<String> args = new ArrayList<>(List.of("import", "--verbose", "--batch-quads", Long.toString(batch),
                "--store", store.toString(), "--base-uri", TestData.BASE));
        args.add(dir.resolve("records").toString());
        try (JavaProcess importer = JavaProcess.start(Main.class, args.toArray(String[]::new))) {
            importer.awaitLine(l -> l.startsWith("[201/"), Duration.ofSeconds(120));
            importer.kill();
        }

        try (TdbStore killed = TdbStore.open(store)) {
            Map<String, Long> found = graphSizes(killed);
            assertTrue(found.size() >= 200 && found.size() < FILES, "the first batch is in, the run was cut: " + found.size());
            found.forEach((graph, size) -> assertEquals(expected.get(graph), size, graph + " is whole"));
        }
    }

    private List<Path> records() throws IOException {
        String valid = Files.readString(TestData.resource("ingest/bad/valid.txt"));
        Path records = Files.createDirectories(dir.resolve("records"));
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < FILES; n++) {
            files.add(Files.writeString(records.resolve(String.format("r%04d.txt", n)),
                    valid.replace("Index: 0001A1", String.format("Index: R%04d", n)).replace("Valid title", "Record " + n)));
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

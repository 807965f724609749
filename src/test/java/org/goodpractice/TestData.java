package org.goodpractice;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;

/** Shared fixtures: paths of test resources and the sample data, and store snapshots. */
public final class TestData {
    public static final String BASE = "http://example.org/";

    private TestData() {
    }

    /** A file or directory under {@code src/test/resources}. */
    public static Path resource(String path) {
        try {
            return Path.of(TestData.class.getResource("/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("No test resource " + path, e);
        }
    }

    /** The repository's sample data directory. */
    public static Path sampleData() {
        return Path.of("data");
    }

    /** Ten more practices (src/test/resources/search/paging), so that results fill more than one page. */
    public static Path[] pagingRecords() {
        try (var files = java.nio.file.Files.list(resource("search/paging"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toArray(Path[]::new);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The annexes and articles of the sample data, which the tests that count records, facets and pages
     * were written against; the Interreg Europe practices beside them ({@link #interregEuropeData()})
     * have tests of their own.
     */
    public static List<Path> sampleFiles() {
        return Importer.expand(List.of(sampleData().resolve("annex"), sampleData().resolve("article")));
    }

    /** The Interreg Europe good practices of the sample data. */
    public static Path interregEuropeData() {
        return sampleData().resolve("interreg-europe");
    }

    /** An in-memory store holding the sample annexes and articles under {@code base}. */
    public static TdbStore storeWithSampleData(String base) {
        TdbStore store = TdbStore.inMemory();
        List<ImportOutcome> outcomes = new Importer(store, base).importFiles(sampleFiles(), o -> { });
        if (outcomes.stream().anyMatch(o -> o instanceof ImportOutcome.Failed)) {
            throw new IllegalStateException("Sample data failed to import: " + outcomes);
        }
        return store;
    }

    /** Every quad of the store as sorted N-Quads lines: equal snapshots mean identical stores. */
    public static List<String> snapshot(TdbStore store) {
        DatasetGraph dsg = store.datasetGraph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
        return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
    }
}

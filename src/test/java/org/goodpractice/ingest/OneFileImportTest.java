package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.goodpractice.TestData;
import org.goodpractice.store.ForwardingStore;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing one changed file reads and writes as much in a store of many records as in a store of
 * few: no query of the import reads something of every record, and only the record's graph is written.
 * (The one read that does grow is inherent to linking: a case study the changed practice relates to
 * reads every practice sharing a feature with it, as its best five may have changed.)
 */
class OneFileImportTest {
    private static final Path ANNEX = Path.of("data/annex/0913R2.txt");
    /**
     * The practice the other records are copies of: it shares nothing with the sample data's case
     * study, whose candidates (every practice sharing a feature with it) are read again when the
     * changed practice, which it links to, changes.
     */
    private static final Path OTHER = Path.of("data/annex/0743R3.txt");

    @TempDir
    Path dir;

    @Test
    void oneChangedFileReadsTheSameHoweverManyRecordsTheStoreHolds() throws IOException {
        Reads few = importOneChangedFileInto(5);
        Reads many = importOneChangedFileInto(40);
        assertEquals(Set.of(TestData.BASE + "graph/practice/0913R2"), few.written);
        assertEquals(few.written, many.written);
        assertEquals(few.queries, many.queries, "the same queries, whatever the store holds");
        assertEquals(few.rows, many.rows, "the same rows read, whatever the store holds");
    }

    @Test
    void aSecondImportOfTheSameFileIsUnchangedAndWritesNothing() throws IOException {
        try (TdbStore tdb = storeWith(3)) {
            Path changed = changedAnnex();
            new Importer(tdb, TestData.BASE).importFiles(List.of(changed), o -> { });
            long version = tdb.version();
            ImportOutcome again = new Importer(tdb, TestData.BASE).importFiles(List.of(changed), o -> { }).get(0);
            assertInstanceOf(ImportOutcome.Unchanged.class, again);
            assertEquals(version, tdb.version());
        }
    }

    private Reads importOneChangedFileInto(int others) throws IOException {
        try (TdbStore tdb = storeWith(others)) {
            Path changed = changedAnnex();
            CountingStore store = new CountingStore(tdb);
            long version = tdb.version();
            ImportOutcome outcome = new Importer(store, TestData.BASE).importFiles(List.of(changed), o -> { }).get(0);
            assertInstanceOf(ImportOutcome.Imported.class, outcome);
            return new Reads(tdb.changesSince(version).graphs(), store.queries, store.rows);
        }
    }

    /** The sample data and {@code others} more practices, copies of another annex under indexes of their own. */
    private TdbStore storeWith(int others) throws IOException {
        TdbStore store = TestData.storeWithSampleData(TestData.BASE);
        String annex = Files.readString(OTHER);
        Path copies = Files.createDirectories(dir.resolve("copies-" + others + "-" + System.nanoTime()));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < others; i++) {
            String index = String.format("%04dR1", 2000 + i);
            files.add(Files.writeString(copies.resolve(index + ".txt"), annex.replace("0743R3", index)));
        }
        List<ImportOutcome> outcomes = new Importer(store, TestData.BASE).importFiles(files, o -> { });
        assertTrue(outcomes.stream().allMatch(o -> o instanceof ImportOutcome.Imported), outcomes.toString());
        return store;
    }

    /** The sample annex under its own file name, with one sentence of its description changed. */
    private Path changedAnnex() throws IOException {
        String annex = Files.readString(ANNEX);
        int at = annex.indexOf("Good Practice Information");
        String changed = annex.substring(0, at) + annex.substring(at).replaceFirst("\\.", ", as changed.");
        Path file = Files.createDirectories(dir.resolve("changed-" + System.nanoTime())).resolve(ANNEX.getFileName());
        return Files.writeString(file, changed);
    }

    private record Reads(Set<String> written, List<String> queries, long rows) {
    }

    /** Counts the queries asked and the rows (or triples) they answer. */
    private static final class CountingStore extends ForwardingStore {
        final List<String> queries = new ArrayList<>();
        long rows;

        CountingStore(SparqlStore store) {
            super(store);
        }

        @Override
        public <T> T select(Query query, Function<ResultSet, T> reader) {
            queries.add(query.toString());
            return store().select(query, rs -> {
                ResultSetRewindable copy = ResultSetFactory.copyResults(rs);
                rows += copy.size();
                copy.reset();
                return reader.apply(copy);
            });
        }

        @Override
        public Model construct(Query query) {
            queries.add(query.toString());
            Model model = store().construct(query);
            rows += model.size();
            return model;
        }

        @Override
        public boolean ask(Query query) {
            queries.add(query.toString());
            rows++;
            return store().ask(query);
        }
    }
}

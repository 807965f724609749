package org.goodpractice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes made together on embedded TDB2 commit as one: seen together, heard of once, or not at all. */
class TdbStoreWriteTogetherTest {
    @TempDir
    Path dir;

    @Test
    void batchesWrittenTogetherAreSeenByOtherThreadsOnlyOnceAllAreCommittedAndTheListenersHearAfterTheCommit() throws Exception {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            store.replaceGraph("urn:g:0", record("urn:x:0", "Before"));
            List<Long> heard = new ArrayList<>();
            store.onChange(heard::add);
            long before = store.version();
            store.writeTogether(() -> {
                store.replaceGraphs(Map.of("urn:g:1", record("urn:x:1", "One")));
                store.replaceGraphs(Map.of("urn:g:2", record("urn:x:2", "Two")));
                assertTrue(heard.isEmpty(), "nobody hears of writes not yet committed");
                assertEquals(before, CompletableFuture.supplyAsync(store::version).join(), "another thread sees nothing before the commit");
            });

            assertEquals(List.of(store.version()), heard, "one notice, of the version the writes reached");
            assertTrue(store.version() > before);
            assertEquals(java.util.Set.of("urn:g:1", "urn:g:2"), CompletableFuture.supplyAsync(() -> store.changesSince(before).graphs()).join(),
                    "both writes are among the changes since, for every cache that follows them");
        }
    }

    @Test
    void aFailureInTheMiddleLeavesNothingOfAnyWrite() {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            store.replaceGraph("urn:g:0", record("urn:x:0", "Kept"));
            long before = store.version();
            List<Long> heard = new ArrayList<>();
            store.onChange(heard::add);
            assertThrows(IllegalStateException.class, () -> store.writeTogether(() -> {
                store.replaceGraphs(Map.of("urn:g:1", record("urn:x:1", "One")));
                store.replaceGraphs(Map.of("urn:g:0", record("urn:x:0", "Changed")));
                throw new IllegalStateException("cut");
            }));

            assertEquals(before, store.version());
            assertTrue(heard.isEmpty());
            assertTrue(store.changesSince(before).none());
            store.replaceGraph("urn:g:2", record("urn:x:2", "After"));
            assertEquals(java.util.Set.of("urn:g:2"), store.changesSince(before).graphs(), "the store takes writes again");
        }
    }

    private static Model record(String iri, String title) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iri).addProperty(DCTerms.title, title);
        return m;
    }
}

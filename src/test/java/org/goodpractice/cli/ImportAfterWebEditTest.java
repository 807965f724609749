package org.goodpractice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.goodpractice.catalog.PracticeCatalog;
import org.goodpractice.curation.PracticeEditor;
import org.goodpractice.history.History;
import org.goodpractice.history.TdbHistory;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} of a file whose practice was edited on the web since: unchanged, it is skipped without a
 * failure; changed, it is refused naming the edit; with --force it replaces the edit as a new version.
 */
class ImportAfterWebEditTest {
    private static final String BASE = StoreOptions.DEFAULT_BASE;
    private static final String PRACTICE = BASE + "id/practice/0298C1";

    @TempDir
    Path dir;

    private record Run(int exit, String output) {
    }

    private Run importDir(Path data, String... options) {
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("import", "--store", dir.resolve("store").toString()));
        args.addAll(List.of(options));
        args.add(data.toString());
        int exit = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true))
                .execute(args.toArray(String[]::new));
        return new Run(exit, out.toString());
    }

    private void editOnTheWeb(String title) {
        editOnTheWeb("0298C1", Map.of("title", title, "description", "Regions support innovation.",
                "priority", "Innovation and the knowledge economy"));
    }

    private void editOnTheWeb(String id, Map<String, String> fields) {
        try (TdbStore store = TdbStore.open(dir.resolve("store"));
             TdbHistory history = TdbHistory.open(dir.resolve("store-history"))) {
            PracticeEditor editor = new PracticeEditor(store, BASE, new Importer(store, BASE).history(history));
            PracticeEditor.Result saved = editor.save(id, editor.version(), fields, new History.Change("rita", "a clearer title", Instant.now()));
            assertEquals(PracticeEditor.Result.Kind.SAVED, saved.kind(), saved.toString());
        }
    }

    private String title() {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            return new PracticeCatalog(store, BASE).practice("0298C1").orElseThrow().title();
        }
    }

    private List<String> ids() {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            return new PracticeCatalog(store, BASE).ids();
        }
    }

    private List<String> versions() {
        try (TdbHistory history = TdbHistory.open(dir.resolve("store-history"))) {
            return history.versions(PRACTICE).stream().map(v -> v.change().who()).toList();
        }
    }

    @Test
    void theOriginalFileIsUnchangedRefusedWhenChangedAndReplacesTheEditWithForce() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path file = data.resolve("0298C1.txt");
        String annex = Files.readString(Path.of("data/annex/0298C1.txt"));
        Files.writeString(file, annex);
        assertEquals(0, importDir(data).exit());
        editOnTheWeb("Edited on the web");

        Run again = importDir(data);
        assertEquals(0, again.exit(), again.output());
        assertFalse(again.output().contains("FAILED"), again.output());
        assertTrue(again.output().contains("0 imported, 1 unchanged, 0 failed"), again.output());
        assertEquals("Edited on the web", title());

        Files.writeString(file, annex.replace("Start: 01-01-2005", "Start: 01-02-2005"));
        Run changed = importDir(data);
        assertNotEquals(0, changed.exit(), changed.output());
        assertTrue(changed.output().contains("FAILED") && changed.output().contains("edited on the web (version 2 by rita")
                && changed.output().contains("--force"), changed.output());
        assertEquals("Edited on the web", title(), "a refused import leaves the edit");

        Run forced = importDir(data, "--force");
        assertEquals(0, forced.exit(), forced.output());
        assertNotEquals("Edited on the web", title());
        assertEquals(List.of("import (0298C1.txt)", "rita", "import (0298C1.txt)"), versions(), "the history keeps the edit");
        assertTrue(importDir(data).output().contains("0 imported, 1 unchanged, 0 failed"), "the file holds its record again");
    }

    @Test
    void anInterregEuropeFileWithoutIdentifierKeepsItsEditedPracticeInsteadOfMintingAnother() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.copy(Path.of("data/interreg-europe/helsinki-one-stop-shop.txt"), data.resolve("helsinki.txt"));
        assertEquals(0, importDir(data).exit());
        List<String> ids = ids();
        assertEquals(1, ids.size(), ids.toString());
        editOnTheWeb(ids.get(0), Map.of("title", "Helsinki one-stop shop, edited", "description", "Advice on renovation.",
                "topics", "Low-carbon economy"));

        Run again = importDir(data);
        assertEquals(0, again.exit(), again.output());
        assertTrue(again.output().contains("0 imported, 1 unchanged, 0 failed"), again.output());
        assertEquals(ids, ids(), "no second practice minted from the title");
    }
}

package org.goodpractice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.goodpractice.history.History;
import org.goodpractice.history.TdbHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} keeps a version of each record it writes with new content in STORE-history; an unchanged file makes none, even with --force. */
class ImportHistoryTest {
    @TempDir
    Path dir;

    private int importFile(Path file, String... options) {
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("import", "--store", dir.resolve("store").toString()));
        args.addAll(List.of(options));
        args.add(file.toString());
        return Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true))
                .execute(args.toArray(String[]::new));
    }

    @Test
    void anImportChangedOnceMakesTwoVersionsBesideTheStore() throws Exception {
        Path file = dir.resolve("0298C1.txt");
        String annex = Files.readString(Path.of("data/annex/0298C1.txt"));
        Files.writeString(file, annex);
        assertEquals(0, importFile(file));
        Files.writeString(file, annex.replace("Start: 01-01-2005", "Start: 01-02-2005"));
        assertEquals(0, importFile(file));
        assertEquals(0, importFile(file));
        assertEquals(0, importFile(file, "--force"));
        assertTrue(Files.isDirectory(dir.resolve("store-history")), "the history is kept beside the store");
        try (TdbHistory history = TdbHistory.open(dir.resolve("store-history"))) {
            List<History.Version> versions = history.versions(StoreOptions.DEFAULT_BASE + "id/practice/0298C1");
            assertEquals(List.of(2, 1), versions.stream().map(History.Version::number).toList());
            assertEquals("import (0298C1.txt)", versions.get(0).change().who());
        }
    }
}

package org.goodpractice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

import org.goodpractice.TestData;
import org.goodpractice.reliability.JavaProcess;
import org.goodpractice.reliability.StoreHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import} on a store another process holds (as {@code serve} does) says so in one line and exits 1. */
class ImportLockTest {
    @TempDir
    Path dir;

    @Test
    void importOnAStoreHeldByAnotherProcessPrintsOneLine() throws InterruptedException {
        Path store = dir.resolve("store");
        try (JavaProcess holder = JavaProcess.start(StoreHolder.class, store.toString())) {
            holder.awaitLine("holding"::equals, Duration.ofSeconds(60));
            importIntoAHeldStore(store);
        }
    }

    private void importIntoAHeldStore(Path store) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("import", "--store", store.toString(), TestData.resource("ingest/bad/valid.txt").toString());

        assertEquals(1, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("FAILED " + store + ": the store is in use by another process"), err.toString());
    }
}

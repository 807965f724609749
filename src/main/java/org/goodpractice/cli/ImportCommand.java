package org.goodpractice.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.dboe.DBOpEnvException;
import org.goodpractice.history.TdbHistory;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Unchanged;
import org.goodpractice.ingest.Importer;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.store.SparqlStore;
import org.apache.jena.atlas.web.HttpException;
import org.goodpractice.store.StoreFailures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import}: records from files and directories into the store, progress, refusals and a summary of the warnings. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import record files (and every file under directories) into the store; a .csv or .xlsx "
                + "spreadsheet holds one practice per row. "
                + "A record (or row) that is refused is reported and nothing of it is written; the others still import. "
                + "A file already imported with the same content is reported as unchanged and skipped "
                + "(a spreadsheet is checked again, so that its refused rows are reported again). "
                + "Places the gazetteer does not know are kept as text and reported as warnings. "
                + "Exit code 1 when any record failed.")
final class ImportCommand implements Callable<Integer> {
    private static final long COMPACT_AFTER_QUADS = 1_000_000;

    @Mixin
    StoreOptions options;

    @Option(names = "--force", description = "Import files again even when they are unchanged since the last import")
    boolean force;

    @Option(names = "--verbose", description = "One line per record and per warning, instead of progress and a summary of the warnings")
    boolean verbose;

    @Option(names = "--batch-quads", paramLabel = "N", defaultValue = "" + Importer.DEFAULT_BATCH_QUADS,
            description = "Quads of checked records written per transaction (default: ${DEFAULT-VALUE})")
    int batchQuads;

    @Option(names = "--history", paramLabel = "DIR",
            description = "Where every record's versions are kept (a TDB2 directory apart from the store); a record "
                    + "written with new content becomes a new version. Default: STORE-history beside the store directory; "
                    + "with a remote store, no history unless given")
    Path historyDir;

    @Mixin
    RecordFiles records;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Checking needs the gazetteer, which takes as long to read as the store takes to open: read both at once.
        CompletableFuture.runAsync(Gazetteer::bundled);
        SparqlStore opened;
        try {
            opened = options.open();
        } catch (DBOpEnvException e) {
            // TDB2 refuses a store another process holds, as serve does while it runs.
            spec.commandLine().getErr().printf("FAILED %s: the store is in use by another process (is serve running on it?); "
                    + "stop it, or import before starting it (%s)%n", options.store, e.getMessage().strip());
            return 1;
        }
        try (SparqlStore store = opened; TdbHistory history = options.openHistory(historyDir)) {
            String base;
            try {
                base = DatasetBase.choose(store, options.givenBase(), StoreOptions.DEFAULT_BASE);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().printf("FAILED store: %s%n", e.getMessage());
                return 1;
            }
            Importer importer = new Importer(store, base).force(force).kind(records.kind).batchQuads(batchQuads);
            if (history != null) {
                importer.history(history);
            }
            boolean wasEmpty = store.isEmpty();
            boolean historyWasEmpty = history != null && history.isEmpty();
            int code = run(importer, records.paths, spec.commandLine().getOut(), spec.commandLine().getErr(), verbose);
            if (shouldCompact(wasEmpty, importer)) {
                store.compact();
            }
            if (shouldCompact(historyWasEmpty, importer)) {
                history.compact();
            }
            return code;
        } catch (HttpException e) {
            // A remote store that refuses a request: say what it said, not a stack trace.
            spec.commandLine().getErr().printf("FAILED store %s: %s%n", options.describe(), StoreFailures.describe(e));
            return 1;
        }
    }

    /**
     * After an import that filled an empty store in several transactions, or wrote a million quads:
     * compaction rewrites the whole store, so one changed file (one transaction) never pays for it,
     * while a bulk load drops the block copies its transactions left behind.
     */
    private static boolean shouldCompact(boolean wasEmpty, Importer importer) {
        return importer.transactions() > 1 && (wasEmpty || importer.quadsWritten() >= COMPACT_AFTER_QUADS);
    }

    /** Imports {@code paths}, reporting as {@link ImportProgress} does; returns the exit code. Shared with {@code serve}. */
    static int run(Importer importer, List<Path> paths, PrintWriter out, PrintWriter err, boolean verbose) {
        List<Path> files = Importer.expand(paths);
        ImportProgress progress = new ImportProgress(files.size(), out, err, verbose, System.console() != null);
        List<ImportOutcome> outcomes = importer.importFiles(files, progress::report);
        progress.finish();
        long failed = outcomes.stream().filter(o -> o instanceof Failed).count();
        long unchanged = outcomes.stream().filter(o -> o instanceof Unchanged).count();
        out.printf("%d imported, %d unchanged, %d failed%n", outcomes.size() - failed - unchanged, unchanged, failed);
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}

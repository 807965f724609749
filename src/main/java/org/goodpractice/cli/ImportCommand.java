package org.goodpractice.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.dboe.DBOpEnvException;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.ingest.ImportOutcome.Unchanged;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.SparqlStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import}: records from files and directories into the store, one line per record. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import record files (and every file under directories) into the store. "
                + "A record that is refused is reported and nothing of it is written; the others still import. "
                + "A file already imported with the same content is reported as unchanged and skipped. "
                + "Places the gazetteer does not know are kept as text and reported as warnings. "
                + "Exit code 1 when any record failed.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--force", description = "Import files again even when they are unchanged since the last import")
    boolean force;

    @Mixin
    RecordFiles records;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SparqlStore opened;
        try {
            opened = options.open();
        } catch (DBOpEnvException e) {
            // TDB2 refuses a store another process holds, as serve does while it runs.
            spec.commandLine().getErr().printf("FAILED %s: the store is in use by another process (is serve running on it?); "
                    + "stop it, or import before starting it (%s)%n", options.store, e.getMessage().strip());
            return 1;
        }
        try (SparqlStore store = opened) {
            String base;
            try {
                base = DatasetBase.choose(store, options.givenBase(), StoreOptions.DEFAULT_BASE);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().printf("FAILED store: %s%n", e.getMessage());
                return 1;
            }
            Importer importer = new Importer(store, base).force(force).kind(records.kind);
            return run(importer, records.paths, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    /** Imports {@code paths}, reporting each record; returns the exit code. Shared with {@code serve}. */
    static int run(Importer importer, List<Path> paths, PrintWriter out, PrintWriter err) {
        List<Path> files = Importer.expand(paths);
        int total = files.size();
        int[] done = {0};
        List<ImportOutcome> outcomes = importer.importFiles(files, outcome -> {
            done[0]++;
            String progress = total > 1 ? "[" + done[0] + "/" + total + "] " : "";
            if (outcome instanceof Imported ok) {
                out.printf("%simported %s \"%s\" from %s%n", progress, ok.id(), ok.title(), ok.file());
                ok.warnings().forEach(w -> err.printf("%sWARNING %s: %s%n", progress, ok.file(), w));
            } else if (outcome instanceof Unchanged same) {
                out.printf("%sunchanged %s from %s%n", progress, same.id(), same.file());
            } else if (outcome instanceof Failed failed) {
                err.printf("%sFAILED %s%n", progress, failed.error().getMessage());
            }
            out.flush();
            err.flush();
        });
        long failed = outcomes.stream().filter(o -> o instanceof Failed).count();
        long unchanged = outcomes.stream().filter(o -> o instanceof Unchanged).count();
        out.printf("%d imported, %d unchanged, %d failed%n", outcomes.size() - failed - unchanged, unchanged, failed);
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}

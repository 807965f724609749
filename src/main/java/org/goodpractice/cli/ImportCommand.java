package org.goodpractice.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import}: records from files and directories into the store, one line per record. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import record files (and every file under directories) into the store. "
                + "A record that is refused is reported and nothing of it is written; the others still import. "
                + "Exit code 1 when any record failed.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Record files or directories of them")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (TdbStore store = TdbStore.open(options.store)) {
            return run(new Importer(store, options.baseUriOr(StoreOptions.DEFAULT_BASE)), paths,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
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
            } else if (outcome instanceof Failed failed) {
                err.printf("%sFAILED %s%n", progress, failed.error().getMessage());
            }
            out.flush();
            err.flush();
        });
        long failed = outcomes.stream().filter(o -> o instanceof Failed).count();
        out.printf("%d imported, %d failed%n", outcomes.size() - failed, failed);
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}

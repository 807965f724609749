package org.goodpractice.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.ingest.ImportOutcome.Unchanged;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * What {@code import} tells its user while it runs. Every refused record gets its own
 * {@code FAILED} line; progress is a bar with rate and ETA on a terminal and a plain line every
 * tenth of the files (or every {@value #EVERY_SECONDS} s) otherwise; warnings are summarised at
 * the end, counted per kind with the first {@value #EXAMPLES} of each. With {@code verbose} every
 * record and every warning gets its own line instead.
 *
 * <pre>
 * ImportProgress progress = new ImportProgress(files.size(), out, err, false, System.console() != null);
 * importer.importFiles(files, progress::report);
 * progress.finish();
 * </pre>
 */
final class ImportProgress {
    static final int EXAMPLES = 3;
    private static final long EVERY_SECONDS = 10;

    private final int total;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private final LongSupplier nanos;
    private final long start;
    private final ProgressBar bar;
    private final Map<String, List<String>> warnings = new LinkedHashMap<>();
    private int done;
    private Path lastFile;
    private int lastTenth;
    private long lastLine;

    ImportProgress(int total, PrintWriter out, PrintWriter err, boolean verbose, boolean terminal) {
        this(total, out, err, verbose, terminal, System::nanoTime);
    }

    ImportProgress(int total, PrintWriter out, PrintWriter err, boolean verbose, boolean terminal, LongSupplier nanos) {
        this.total = total;
        this.out = requireNonNull(out, "out");
        this.err = requireNonNull(err, "err");
        this.verbose = verbose;
        this.nanos = requireNonNull(nanos, "nanos");
        this.start = nanos.getAsLong();
        this.lastLine = start;
        this.bar = terminal && !verbose && total > 1 ? new ProgressBarBuilder().setTaskName("import").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build() : null;
    }

    void report(ImportOutcome outcome) {
        // A spreadsheet's rows come one after another, each with its outcome: the counter counts files.
        if (!outcome.file().equals(lastFile)) {
            done++;
            lastFile = outcome.file();
        }
        String counter = total > 1 ? "[" + done + "/" + total + "] " : "";
        if (outcome instanceof Failed failed) {
            err.printf("%sFAILED %s%n", counter, failed.error().getMessage());
        } else if (outcome instanceof Imported ok) {
            if (verbose) {
                out.printf("%simported %s \"%s\" from %s%n", counter, ok.id(), ok.title(), ok.file());
                ok.warnings().forEach(w -> err.printf("%sWARNING %s: %s%n", counter, ok.file(), w));
            } else {
                ok.warnings().forEach(w -> warnings.computeIfAbsent(kind(w), k -> new ArrayList<>()).add(line(ok.file(), w)));
            }
        } else if (outcome instanceof Unchanged same && (verbose || total == 1)) {
            out.printf("%sunchanged %s from %s%n", counter, same.id(), same.file());
        }
        if (bar != null) {
            bar.stepTo(done);
        } else if (!verbose) {
            periodicLine();
        }
        out.flush();
        err.flush();
    }

    /** Ends the bar and prints the warnings summary. */
    void finish() {
        if (bar != null) {
            bar.close();
        }
        if (warnings.isEmpty()) {
            return;
        }
        int count = warnings.values().stream().mapToInt(List::size).sum();
        err.printf("%d warning%s (--verbose lists every one):%n", count, count == 1 ? "" : "s");
        warnings.forEach((kind, lines) -> {
            err.printf("  %d × %s%n", lines.size(), kind);
            lines.stream().limit(EXAMPLES).forEach(l -> err.printf("    %s%n", l));
        });
        err.flush();
    }

    private void periodicLine() {
        long now = nanos.getAsLong();
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (total > 1 && (tenth > lastTenth || now - lastLine >= Duration.ofSeconds(EVERY_SECONDS).toNanos())) {
            lastTenth = tenth;
            lastLine = now;
            double seconds = Math.max(1e-9, (now - start) / 1e9);
            double rate = done / seconds;
            long eta = Math.round((total - done) / Math.max(rate, 1e-9));
            out.printf("[%d/%d] %d%%, %.0f files/s, %s left%n", done, total, done * 100 / total, rate,
                    done == total ? "nothing" : "about " + eta + " s");
        }
    }

    /** A warning's kind: its text up to the first quoted value ("Location: region"), so values do not split kinds. */
    static String kind(String warning) {
        int quote = warning.indexOf('"');
        return (quote < 0 ? warning : warning.substring(0, quote)).strip();
    }

    private static String line(Path file, String warning) {
        return "WARNING " + file + ": " + warning;
    }
}

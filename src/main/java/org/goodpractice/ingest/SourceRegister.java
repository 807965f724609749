package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Which source file each record identifier belongs to, so that two different files minting the
 * same identifier (two annexes with one Index, two headlines that differ only in punctuation or
 * script, two spreadsheet rows with one index) are refused instead of one silently replacing the
 * other. A file is known by its name: importing a changed version of the same file replaces its
 * records, as intended.
 *
 * <pre>
 * SourceRegister register = new SourceRegister(graph -&gt; null);
 * register.claim(file, checked); // throws RecordException when another file holds checked.graph()
 * </pre>
 */
public final class SourceRegister {
    private final Map<String, String> fileByGraph = new HashMap<>();
    private final UnaryOperator<String> stored;

    /**
     * A register that asks {@code stored} for the name of the file a record graph already in the
     * store came from (null when none), once per graph, for the graphs the run's records mint.
     */
    public SourceRegister(UnaryOperator<String> stored) {
        this.stored = requireNonNull(stored, "stored");
    }

    /** True when a file other than {@code file} holds the record graph {@code graph}. */
    public boolean heldByOther(String graph, Path file) {
        String holder = holder(graph);
        return holder != null && !holder.equals(file.getFileName().toString());
    }

    /** Hands {@code graph} to {@code file}, whoever held it: a forced import replacing a web edit of its record. */
    public void handOver(String graph, Path file) {
        fileByGraph.put(requireNonNull(graph, "graph"), file.getFileName().toString());
    }

    /** Records that {@code file} holds {@code record}'s graph, refusing it when another file already does. */
    public void claim(Path file, RecordChecker.Checked record) {
        String name = file.getFileName().toString();
        String holder = holder(record.graph());
        if (holder == null) {
            fileByGraph.put(record.graph(), name);
        }
        if (holder != null && !holder.equals(name)) {
            boolean article = record.graph().contains("/graph/article/");
            boolean row = record.line() > 0;
            throw new RecordException(file, record.line(), article ? "Headline" : row ? "index" : "Index", "gives the identifier "
                    + RecordException.shown(record.id()) + ", which the record from " + RecordException.shown(holder)
                    + " already has; " + (article ? "change the headline so that it differs in letters or digits, "
                    : row ? "give the row an index of its own (or none, to mint one from the title), "
                    : "give each annex its own Index, ") + "or remove the other record first").at(record.where());
        }
    }

    /** The file {@code graph} was claimed by this run, or else came from in the store; null when none. */
    public String holder(String graph) {
        String holder = fileByGraph.get(graph);
        if (holder == null && !fileByGraph.containsKey(graph)) {
            holder = stored.apply(graph);
            fileByGraph.put(graph, holder);
        }
        return holder;
    }
}

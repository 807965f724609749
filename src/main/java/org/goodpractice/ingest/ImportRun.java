package org.goodpractice.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.history.History;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.ingest.ImportOutcome.Unchanged;

/**
 * One run of the {@link Importer}: checks its files (side by side where they do not depend on
 * each other) into outcomes and the graphs to write, in file order, and remembers what the
 * writes after it need: what earlier imports left, the cities its records name and those the records it replaced named before (which the gazetteer may no longer
 * need), and the outcome of each graph written, for its version.
 */
final class ImportRun {
    final EarlierImports earlier;
    final Set<String> cities = new HashSet<>();
    final Set<String> citiesBefore = new HashSet<>();
    /** The outcome of each graph written, by graph IRI, for its version. */
    final Map<String, Imported> written = new LinkedHashMap<>();
    /** Whom the versions written are attributed to, or null for the import of their file. */
    final History.Change change;
    private final SourceRegister register;
    private final WebEdits edits;
    private final RecordChecker checker;
    private final boolean force;
    /** The format every file is read as, or null for the checker's own kind. */
    private final RecordFormat format;

    /** @param replaced the record graph the run may write whatever file holds it, or null */
    ImportRun(EarlierImports earlier, WebEdits edits, RecordChecker checker, boolean force, RecordFormat format,
              History.Change change, String replaced) {
        this.earlier = earlier;
        this.edits = edits;
        this.register = new SourceRegister(graph -> graph.equals(replaced) ? null : earlier.holder(graph));
        this.checker = checker;
        this.force = force;
        this.format = format;
        this.change = change;
    }

    /**
     * A file read and checked, possibly ahead of its turn and on another thread: its source, the
     * records an earlier import left unchanged from it, its format and what checking each of its
     * records gave; or what is wrong with the file as a whole. {@code results} is null when the
     * file is skipped unread, or when its check must be made again in its turn.
     */
    record Ahead(Path file, SourceText source, List<EarlierImports.Source> same, RecordFormat format,
                 List<RecordChecker.Result> results, RecordException error) {
    }

    /**
     * Reads and checks one file without touching what the run shares, so that files can be checked
     * side by side. A format that asks whether another file holds a graph (to mint an identifier)
     * depends on the files before it: its check is left to be made again in its turn.
     */
    Ahead checkAhead(Path file) {
        try {
            SourceText source = SourceText.read(file);
            List<EarlierImports.Source> same = force ? List.of()
                    : earlier.unchanged(file.getFileName().toString(), source.sha256());
            RecordFormat format = this.format != null ? this.format : checker.formatOf(source);
            if (!same.isEmpty() && !format.manyPerFile()) {
                return new Ahead(file, source, same, format, null, null);
            }
            AtomicBoolean asked = new AtomicBoolean();
            List<RecordChecker.Result> results = checker.checkEach(source, format, graph -> {
                asked.set(true);
                return false;
            });
            return new Ahead(file, source, same, format, asked.get() ? null : results, null);
        } catch (RecordException e) {
            return new Ahead(file, null, List.of(), null, null, e);
        }
    }

    /**
     * The outcomes of a file checked ahead, one per record, in its turn; a record to write goes into
     * {@code graphs}, and its outcome holds once they are written. A file imported unchanged is
     * skipped, unless it holds several records: then it was checked again, so that its refused rows
     * are reported again, and only the rows the store lacks are written.
     */
    List<ImportOutcome> prepare(Ahead ahead, Map<String, Model> graphs) {
        Path file = ahead.file();
        if (ahead.error() != null) {
            return List.of(new Failed(file, ahead.error()));
        }
        List<EarlierImports.Source> same = ahead.same();
        if (!same.isEmpty() && !ahead.format().manyPerFile()) {
            EarlierImports.Source earlier = same.get(same.size() - 1);
            return List.of(new Unchanged(file, earlier.id(), earlier.graph()));
        }
        try {
            List<RecordChecker.Result> results = ahead.results() != null ? ahead.results()
                    : checker.checkEach(ahead.source(), ahead.format(), graph -> taken(graph, file));
            Set<String> unchanged = new HashSet<>();
            same.forEach(s -> unchanged.add(s.graph()));
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (RecordChecker.Result result : results) {
                outcomes.add(outcome(file, ahead.source().sha256(), result, unchanged, graphs));
            }
            return outcomes;
        } catch (RecordException e) {
            return List.of(new Failed(file, e));
        }
    }

    /** Whether another file holds {@code graph}; the file's own record, edited on the web since, does not make it mint another identifier. */
    private boolean taken(String graph, Path file) {
        return register.heldByOther(graph, file) && !(WebEdits.heldByEdit(register.holder(graph), file) && edits.editedFrom(graph, file));
    }

    private ImportOutcome outcome(Path file, String sha256, RecordChecker.Result result, Set<String> unchanged,
                                  Map<String, Model> graphs) {
        if (result instanceof RecordChecker.Refused refused) {
            return new Failed(file, refused.error());
        }
        RecordChecker.Checked record = (RecordChecker.Checked) result;
        if (unchanged.contains(record.graph())) {
            return new Unchanged(file, record.id(), record.graph());
        }
        String holder = register.holder(record.graph());
        ImportOutcome overEdit = edits.over(file, sha256, record, holder, force);
        if (overEdit != null) {
            return overEdit;
        }
        try {
            if (WebEdits.heldByEdit(holder, file)) {
                register.handOver(record.graph(), file);
            }
            register.claim(file, record);
        } catch (RecordException e) {
            return new Failed(file, e);
        }
        graphs.put(record.graph(), record.model());
        Imported imported = new Imported(file, record.id(), record.title(), record.graph(), record.warnings());
        written.put(record.graph(), imported);
        return imported;
    }
}

package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

import org.goodpractice.history.History;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.Iris;
import org.goodpractice.ingest.WebEdits;
import org.goodpractice.store.Changes;
import org.goodpractice.store.SparqlStore;

/**
 * Edits of published practices, whichever format they were imported from: the form's fields are
 * checked by {@link PlatformRecords} as a submission's are, under the practice's own identifier,
 * and written by {@link Importer} as an import is (gazetteer, links, a version in the history
 * attributed to the editor with their reason). An edit names the store version it started from; when
 * the practice's graph changed after it, the save is a {@link Result.Kind#CONFLICT} and writes nothing.
 *
 * <pre>
 * PracticeEditor editor = new PracticeEditor(store, base, importer);
 * long base = editor.version();   // when the form is opened
 * editor.save("0557C2", base, fields, new History.Change("rita", "typo in the title", Instant.now()));
 * </pre>
 */
public final class PracticeEditor {
    /** What a save did; {@code field} and {@code problem} say why a refused one was refused. */
    public record Result(Kind kind, String field, String problem) {
        public enum Kind { SAVED, UNCHANGED, REFUSED, CONFLICT }
    }

    private final SparqlStore store;
    private final String baseUri;
    private final PlatformRecords records;
    private final Importer importer;

    /** @param importer the site's importer over {@code store}, which keeps each saved edit as a version when it has a history */
    public PracticeEditor(SparqlStore store, String baseUri, Importer importer) {
        this.store = requireNonNull(store, "store");
        this.baseUri = requireNonNull(baseUri, "baseUri");
        this.importer = requireNonNull(importer, "importer");
        this.records = new PlatformRecords(importer::checker);
    }

    /** The store's version now, for the form to carry as the version its edit starts from. */
    public long version() {
        return store.version();
    }

    /** The Interreg Europe topics a practice may name. */
    public List<String> topics() {
        return records.topics();
    }

    /** {@code fields} checked as a save of practice {@code id} would check them, writing nothing (a preview). */
    public FormCheck check(String id, Map<String, String> fields) {
        return records.check(fileName(id), fields, id);
    }

    /** True when practice {@code id}'s record changed after store version {@code base} (or the store cannot tell). */
    public boolean changedSince(String id, long base) {
        Changes changes = store.changesSince(base);
        return changes.everything() || changes.graphs().contains(Iris.practiceGraph(baseUri, checkId(id)));
    }

    /**
     * Saves {@code fields} as practice {@code id}'s record, unless it changed after version {@code base};
     * edits are saved one at a time, so none slips in between that check and the write.
     */
    public synchronized Result save(String id, long base, Map<String, String> fields, History.Change change) {
        requireNonNull(change, "change");
        if (changedSince(id, base)) {
            return new Result(Result.Kind.CONFLICT, null, "the practice was changed after this edit started");
        }
        FormCheck check = check(id, fields);
        if (!check.passed()) {
            return new Result(Result.Kind.REFUSED, check.field(), check.problem());
        }
        String graph = Iris.practiceGraph(baseUri, id);
        ImportOutcome outcome = records.inFile(fileName(id), fields, id,
                file -> importer.publishReplacing(file, PlatformRecords.KIND, change, graph));
        if (outcome instanceof ImportOutcome.Failed failed) {
            return new Result(Result.Kind.REFUSED, null, failed.error().problem());
        }
        return new Result(outcome instanceof ImportOutcome.Imported ? Result.Kind.SAVED : Result.Kind.UNCHANGED, null, null);
    }

    /** The source name the store keeps for an edited practice: the edit holds the record from now on. */
    static String fileName(String id) {
        return WebEdits.fileName(checkId(id));
    }

    private static String checkId(String id) {
        if (!Iris.PRACTICE_ID.matcher(requireNonNull(id, "id")).matches()) {
            throw new CurationException("'" + id + "' is not a practice identifier");
        }
        return id;
    }
}

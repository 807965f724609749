package org.goodpractice.history;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;

/**
 * Every version a record's graph has had, kept apart from the public store so that past versions
 * are never in its union default graph, search or dumps. A version is a whole copy of the record
 * graph, with who made it, when and why; recording content equal to the latest version records
 * nothing.
 *
 * <pre>
 * History history = TdbHistory.open(Path.of("store-history"));
 * history.record(practiceIri, graphIri, model, new History.Change("import (a.txt)", "import", Instant.now()));
 * history.versions(practiceIri).get(0).number();   // the newest
 * </pre>
 */
public interface History extends AutoCloseable {

    /** Who made a change, why (a short message) and when. */
    record Change(String who, String why, Instant when) {
    }

    /** One version of a record: its number from 1, the graph it was written to, and its change. */
    record Version(String record, int number, String graph, Change change) {
    }

    /** Content to keep as the newest version of {@code record}, written to graph {@code graph}. */
    record Entry(String record, String graph, Model content, Change change) {
        public Entry {
            requireNonNull(record, "record");
            requireNonNull(graph, "graph");
            requireNonNull(content, "content");
            requireNonNull(change, "change");
        }
    }

    /**
     * Keeps {@code content} as the newest version of {@code record} (written to graph
     * {@code graph}) unless it equals the newest version already kept; the version made, if any.
     */
    default Optional<Version> record(String record, String graph, Model content, Change change) {
        return recordAll(List.of(new Entry(record, graph, content, change))).stream().findFirst();
    }

    /**
     * {@link #record} for each entry, all at once: an import keeps the versions of a batch of
     * records together, as the store writes them. The versions made, in the entries' order.
     */
    List<Version> recordAll(List<Entry> entries);

    /**
     * Runs {@code writes}, a series of {@link #recordAll} calls on this thread, as one transaction
     * where the history has them, as a bulk import writes its store; by default each is its own.
     */
    default void writeTogether(Runnable writes) {
        writes.run();
    }

    /** The versions of {@code record}, newest first; empty when it has none. */
    List<Version> versions(String record);

    /** Version {@code number} of {@code record} and its graph's content, if it exists. */
    Optional<Model> content(String record, int number);

    /** What version {@code number} of {@code record} says of itself in PROV, as its IRI dereferences. */
    Optional<Model> description(String record, int number);

    /** The IRI of version {@code number} of {@code record}. */
    static String versionIri(String record, int number) {
        return record + "/version/" + number;
    }

    @Override
    void close();
}

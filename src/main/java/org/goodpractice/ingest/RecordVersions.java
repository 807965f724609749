package org.goodpractice.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.history.History;

/**
 * What the importer keeps of the record graphs it writes in a {@link History}: each as a version
 * of its record, attributed to "import (FILE NAME)" unless a change says otherwise (a web
 * publication names its reviewer). Without a history it keeps nothing.
 */
final class RecordVersions {
    private final Clock clock;
    private History history;

    RecordVersions(Clock clock) {
        this.clock = clock;
    }

    void keepIn(History history) {
        this.history = history;
    }

    /** Runs {@code writes} as one history transaction, where there is a history. */
    void writeTogether(Runnable writes) {
        if (history == null) {
            writes.run();
        } else {
            history.writeTogether(writes);
        }
    }

    /** The history versions are kept in, or null. */
    History history() {
        return history;
    }

    /**
     * Called after the write, so that no version is kept of a graph the store never held. With
     * {@code forced} (files imported again unchanged), a graph that differs from its newest version
     * only in its import time is no new version. {@code change}, when not null, is whom they are attributed to.
     */
    void written(Map<String, Model> graphs, Map<String, ImportOutcome.Imported> outcomes,
                 Function<ImportOutcome.Imported, String> recordIri, boolean forced, History.Change change) {
        if (history == null) {
            return;
        }
        List<History.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Model> graph : graphs.entrySet()) {
            ImportOutcome.Imported imported = outcomes.get(graph.getKey());
            Path file = imported.file();
            History.Change made = change != null ? change
                    : new History.Change("import (" + file.getFileName() + ")", "import of " + file.getFileName(), clock.instant());
            String record = recordIri.apply(imported);
            if (!forced || !onlyRestamped(record, graph.getKey(), graph.getValue())) {
                entries.add(new History.Entry(record, graph.getKey(), graph.getValue(), made));
            }
        }
        history.recordAll(entries);
    }

    private boolean onlyRestamped(String record, String graph, Model content) {
        List<History.Version> versions = history.versions(record);
        return !versions.isEmpty() && history.content(record, versions.get(0).number())
                .map(newest -> Provenance.unstamped(newest, graph).isIsomorphicWith(Provenance.unstamped(content, graph)))
                .orElse(false);
    }
}

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
 * of its record, attributed to "import (FILE NAME)" unless an attribution says otherwise (a web
 * publication names its reviewer). Without a history it keeps nothing.
 */
final class RecordVersions {
    private final Clock clock;
    private History history;
    private Function<Path, History.Change> attribution;

    RecordVersions(Clock clock) {
        this.clock = clock;
    }

    void keepIn(History history) {
        this.history = history;
    }

    void attributeTo(Function<Path, History.Change> attribution) {
        this.attribution = attribution;
    }

    /** Called after the write, so that no version is kept of a graph the store never held. */
    void written(Map<String, Model> graphs, Map<String, ImportOutcome.Imported> outcomes,
                 Function<ImportOutcome.Imported, String> recordIri) {
        if (history == null) {
            return;
        }
        List<History.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Model> graph : graphs.entrySet()) {
            ImportOutcome.Imported imported = outcomes.get(graph.getKey());
            Path file = imported.file();
            History.Change change = attribution != null ? attribution.apply(file)
                    : new History.Change("import (" + file.getFileName() + ")", "import of " + file.getFileName(), clock.instant());
            entries.add(new History.Entry(recordIri.apply(imported), graph.getKey(), graph.getValue(), change));
        }
        history.recordAll(entries);
    }
}

package org.goodpractice.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.store.SparqlStore;

/**
 * Writes the records an {@link ImportRun} checks in batches of about {@link #batchQuads} quads,
 * one store transaction each, with their versions; a record is never split, and an outcome is
 * reported once its batch is in the store. Counts what it has written across runs.
 */
final class RecordBatches {
    private final SparqlStore store;
    private final GazetteerCities gazetteer;
    private final RecordVersions versions;
    private final Function<Imported, String> recordIri;
    private int batchQuads = Importer.DEFAULT_BATCH_QUADS;
    private long quadsWritten;
    private int transactions;

    RecordBatches(SparqlStore store, GazetteerCities gazetteer, RecordVersions versions, Function<Imported, String> recordIri) {
        this.store = store;
        this.gazetteer = gazetteer;
        this.versions = versions;
        this.recordIri = recordIri;
    }

    void batchQuads(int quads) {
        this.batchQuads = quads;
    }

    long quadsWritten() {
        return quadsWritten;
    }

    int transactions() {
        return transactions;
    }

    List<ImportOutcome> write(List<Path> files, ImportRun run, boolean force, Consumer<ImportOutcome> progress) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<ImportOutcome> pending = new ArrayList<>();
        Map<String, Model> graphs = new LinkedHashMap<>();
        long quads = 0;
        for (Path file : files) {
            for (ImportOutcome outcome : run.prepare(file, graphs)) {
                pending.add(outcome);
                if (outcome instanceof Imported) {
                    quads += graphs.get(((Imported) outcome).graph()).size();
                }
            }
            if (quads >= batchQuads) {
                flush(graphs, run, force, pending, outcomes, progress);
                quads = 0;
            }
        }
        flush(graphs, run, force, pending, outcomes, progress);
        return outcomes;
    }

    private void flush(Map<String, Model> graphs, ImportRun run, boolean force, List<ImportOutcome> pending,
                       List<ImportOutcome> outcomes, Consumer<ImportOutcome> progress) {
        if (!graphs.isEmpty()) {
            if (!run.earlier.none()) {
                graphs.keySet().forEach(g -> run.citiesBefore.addAll(gazetteer.stored(g)));
            }
            run.cities.addAll(GazetteerCities.named(graphs.values()));
            store.replaceGraphs(graphs);
            versions.written(graphs, run.written, recordIri, force, run.change);
            quadsWritten += graphs.values().stream().mapToLong(Model::size).sum();
            transactions++;
            graphs.clear();
        }
        pending.forEach(progress);
        outcomes.addAll(pending);
        pending.clear();
    }
}

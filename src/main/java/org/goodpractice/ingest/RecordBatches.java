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
 * one store transaction each (or all in one), with their versions; a record is never split, and
 * an outcome is reported once its batch is written. Counts what it has written and the
 * transactions it committed, across runs.
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

    /**
     * Checks and writes {@code files}. With {@code together}, every batch is written in one store bulk load
     * (and history) transaction, counted as one: they commit at the end or not at all.
     */
    List<ImportOutcome> write(List<Path> files, ImportRun run, boolean force, Consumer<ImportOutcome> progress,
                              boolean together) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        if (!together) {
            transactions += writeBatches(files, run, force, progress, outcomes);
            return outcomes;
        }
        int[] written = new int[1];
        store.load(() -> versions.writeTogether(() -> written[0] = writeBatches(files, run, force, progress, outcomes)));
        transactions += Math.min(1, written[0]);
        return outcomes;
    }

    /** The batches written. */
    private int writeBatches(List<Path> files, ImportRun run, boolean force, Consumer<ImportOutcome> progress,
                             List<ImportOutcome> outcomes) {
        List<ImportOutcome> pending = new ArrayList<>();
        Map<String, Model> graphs = new LinkedHashMap<>();
        long quads = 0;
        int batches = 0;
        try (CheckedAhead checked = new CheckedAhead(files, run::checkAhead)) {
            while (checked.hasNext()) {
                for (ImportOutcome outcome : run.prepare(checked.next(), graphs)) {
                    pending.add(outcome);
                    if (outcome instanceof Imported) {
                        quads += graphs.get(((Imported) outcome).graph()).size();
                    }
                }
                if (quads >= batchQuads) {
                    batches += flush(graphs, run, force, pending, outcomes, progress);
                    quads = 0;
                }
            }
        }
        return batches + flush(graphs, run, force, pending, outcomes, progress);
    }

    /** 1 when it wrote a batch, else 0. */
    private int flush(Map<String, Model> graphs, ImportRun run, boolean force, List<ImportOutcome> pending,
                      List<ImportOutcome> outcomes, Consumer<ImportOutcome> progress) {
        int written = 0;
        if (!graphs.isEmpty()) {
            if (!run.earlier.none()) {
                graphs.keySet().forEach(g -> run.citiesBefore.addAll(gazetteer.stored(g)));
            }
            run.cities.addAll(GazetteerCities.named(graphs.values()));
            store.replaceGraphs(graphs);
            versions.written(graphs, run.written, recordIri, force, run.change);
            quadsWritten += graphs.values().stream().mapToLong(Model::size).sum();
            written = 1;
            graphs.clear();
        }
        pending.forEach(progress);
        outcomes.addAll(pending);
        pending.clear();
        return written;
    }
}

package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.Lazy;
import org.goodpractice.history.History;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.link.Linker;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.store.Changes;
import org.goodpractice.store.SparqlStore;

/**
 * Imports record files into a store. Each record (a file, or a row of a spreadsheet) is parsed,
 * mapped and validated completely before anything is written ({@link RecordChecker}), then replaces
 * its own named graph in one step, so a bad record never half-writes the store and one bad file or
 * row does not stop the others.
 * A file whose content was already imported by this importer version is skipped, so importing
 * the same file twice leaves the store identical. Afterwards the gazetteer graph is brought in
 * step with the cities the records use, and the links of the records written (and of the case
 * studies they may relate to) are worked out again; a run that writes no record changes no link.
 *
 * <pre>
 * Importer importer = new Importer(store, "http://localhost:8080/");
 * List&lt;ImportOutcome&gt; outcomes = importer.importFiles(Importer.expand(List.of(Path.of("data"))), System.out::println);
 * </pre>
 */
public final class Importer {
    /**
     * Quads per write transaction, by default: a batch of checked records is held in memory until
     * written, and every TDB2 write transaction leaves copies of the index blocks it touched, so
     * fewer, larger transactions keep the store small and the import fast.
     */
    public static final int DEFAULT_BATCH_QUADS = 100_000;

    private final SparqlStore store;
    private final String baseUri;
    // Made on first use: a server start that has no record to write need not read the ontology,
    // the shapes and the gazetteer tables.
    private final Lazy<Model> ontology;
    private final Lazy<RecordChecker> checker;
    private final GazetteerCities gazetteer;
    private final Linker linker;
    private final DerivedGraphs derived;
    private boolean force;
    private final List<Consumer<List<String>>> recordListeners = new CopyOnWriteArrayList<>();
    private final RecordVersions versions;
    private final RecordBatches batches;

    public Importer(SparqlStore store, String baseUri) {
        this(store, baseUri, Clock.systemUTC());
    }

    /** An importer that stamps provenance with times from {@code clock}. */
    public Importer(SparqlStore store, String baseUri, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.baseUri = requireNonNull(baseUri, "baseUri");
        this.versions = new RecordVersions(clock);
        this.ontology = Lazy.of(() -> Ontology.load(baseUri));
        this.checker = Lazy.of(() -> new RecordChecker(baseUri, ontology.get(), clock));
        this.gazetteer = new GazetteerCities(store, baseUri);
        this.batches = new RecordBatches(store, gazetteer, versions, this::recordIri);
        this.linker = new Linker(store, baseUri);
        this.derived = new DerivedGraphs(store, baseUri);
    }

    /** Reads every file as the format named {@code kind}; {@value RecordFormats#AUTO} (the default) decides per file by its shape. */
    public Importer kind(String kind) {
        checker.get().kind(kind);
        return this;
    }

    /** With {@code true}, files already imported unchanged are imported again. */
    public Importer force(boolean reimportUnchanged) {
        this.force = reimportUnchanged;
        return this;
    }

    /** Writes checked records in transactions of about {@code quads} quads (a record is never split). */
    public Importer batchQuads(int quads) {
        if (quads < 1) {
            throw new IllegalArgumentException("batch size must be at least one quad: " + quads);
        }
        batches.batchQuads(quads);
        return this;
    }

    /** Quads of the record graphs this importer has written so far. */
    public long quadsWritten() {
        return batches.quadsWritten();
    }

    /** The write transactions of record graphs this importer has committed so far. */
    public int transactions() {
        return batches.transactions();
    }

    /**
     * Calls {@code listener} with the IRIs of the records an import wrote, once they and the
     * gazetteer they link to are in the store, so that what is derived from the store (the
     * search index) follows every import.
     */
    public Importer onRecordsWritten(Consumer<List<String>> listener) {
        recordListeners.add(requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * Keeps every record graph this importer writes with new content as a version in
     * {@code history}, attributed to "import (FILE NAME)" (a {@link #publish publication} to whom it names).
     */
    public Importer history(History history) {
        versions.keepIn(requireNonNull(history, "history"));
        return this;
    }

    /** The checker every record this importer writes passes, for what checks records without writing them (a web form). */
    public RecordChecker checker() {
        return checker.get();
    }

    /** Writes the ontology and concept schemes into their own graph, replacing the previous version. */
    public void loadOntology() {
        store.replaceGraph(Ontology.graphIri(baseUri), ontology.get());
    }

    /**
     * {@link #loadOntology} unless the derived mark says the ontology graph was written from these
     * ontology files and not touched since: comparing the graph with the files costs an import of
     * one file a third of a second.
     */
    private void loadOntologyUnlessMarked(Optional<Changes> sinceMark) {
        if (sinceMark.map(c -> c.everything() || c.graphs().contains(Ontology.graphIri(baseUri))).orElse(true)) {
            loadOntology();
        }
    }

    /**
     * Brings the derived graphs, gazetteer and links, in line with the records in the store, as an
     * import killed before its end left them; writes nothing when all is in step.
     */
    public void repair() {
        gazetteer.loadAll();
        linker.repair();
    }

    /**
     * What a start does: nothing when the store's mark says the derived graphs are in step with its
     * version; otherwise the ontology graph written again (unless the mark shows it untouched),
     * {@link #repair}, and the store marked in step. Returns whether there was anything to do.
     */
    public synchronized boolean repairUnlessInStep() {
        Optional<Changes> sinceMark = derived.sinceMark();
        if (sinceMark.map(Changes::none).orElse(false)) {
            return false;
        }
        long before = store.version();
        loadOntologyUnlessMarked(sinceMark);
        repair();
        derived.markIfOnly(before, Set.of());
        return true;
    }

    /**
     * Loads the ontology (unless marked in step), imports {@code files} in order reporting each
     * outcome once it is written, then the gazetteer and links of the records written. Checked records are written about
     * {@link #batchQuads} quads to a transaction, and a refused record is never among them. A crash
     * loses at most the batch being written; into a store that held nothing, though, every batch
     * goes into one {@link SparqlStore#load bulk load}, so a crash leaves the store as it was before the run.
     */
    public synchronized List<ImportOutcome> importFiles(List<Path> files, Consumer<ImportOutcome> progress) {
        boolean fresh = store.version() < 0;
        OptionalLong inStep = derived.inStepAt();
        loadOntologyUnlessMarked(derived.sinceMark());
        if (fresh) {
            inStep = derived.markIfFirstWrite();
        }
        ImportRun run = run(null, null, null);
        List<ImportOutcome> outcomes = batches.write(files, run, force, progress, fresh);
        derive(run, outcomes, inStep);
        return outcomes;
    }

    /** The gazetteer and links of the records written, and the mark kept when they were in step before. */
    private void derive(ImportRun run, List<ImportOutcome> outcomes, OptionalLong inStep) {
        gazetteer.update(run.cities, run.citiesBefore);
        linker.update(recordIris(outcomes));
        inStep.ifPresent(v -> derived.markIfOnly(v, run.written.keySet()));
        written(outcomes);
    }

    /**
     * Imports one record file and updates the gazetteer graph; a refused record is reported, not
     * thrown. The outcome is that of the file's first record: every row of a spreadsheet is
     * imported, and {@link #importFiles} tells each row's outcome.
     */
    public ImportOutcome importFile(Path file) {
        return importOne(file, run(null, null, null));
    }

    /**
     * Imports one record file read as the format named {@code kind} (whatever this importer's own
     * kind), its version attributed to {@code change}: a practice published from the web.
     */
    public synchronized ImportOutcome publish(Path file, String kind, History.Change change) {
        requireNonNull(file, "file");
        RecordFormat format = checker.get().format(requireNonNull(kind, "kind"));
        return importOne(file, run(format, requireNonNull(change, "change"), null));
    }

    /**
     * Publishes one record file as {@link #publish} does, as the new content of the record graph
     * {@code graph} whichever file the stored record came from: a practice edited on the web
     * replaces its record, imported from an annex, a spreadsheet or a submission.
     */
    public synchronized ImportOutcome publishReplacing(Path file, String kind, History.Change change, String graph) {
        requireNonNull(file, "file");
        RecordFormat format = checker.get().format(requireNonNull(kind, "kind"));
        return importOne(file, run(format, requireNonNull(change, "change"), requireNonNull(graph, "graph")));
    }

    /**
     * Writes {@code content}, a version of a record kept earlier, back as its record graph
     * {@code graph}, and brings what derives from the record in line as an import does: the
     * gazetteer graph's cities, the record's links and the {@link #onRecordsWritten} listeners.
     * The content is written as it was kept, not checked again: it passed the checks when kept.
     */
    public synchronized void restore(String graph, Model content) {
        requireNonNull(graph, "graph");
        requireNonNull(content, "content");
        String record = Linker.recordOf(baseUri, graph);
        if (record == null) {
            throw new IllegalArgumentException("not a record graph: " + graph);
        }
        OptionalLong inStep = derived.inStepAt();
        Set<String> before = gazetteer.stored(graph);
        store.replaceGraph(graph, content);
        gazetteer.update(GazetteerCities.named(List.of(content)), before);
        linker.update(List.of(record));
        inStep.ifPresent(v -> derived.markIfOnly(v, Set.of(graph)));
        recordListeners.forEach(listener -> listener.accept(List.of(record)));
    }

    private ImportRun run(RecordFormat format, History.Change change, String replaced) {
        return new ImportRun(new EarlierImports(store, baseUri), new WebEdits(versions.history(), baseUri), checker.get(), force,
                format, change, replaced);
    }

    private synchronized ImportOutcome importOne(Path file, ImportRun run) {
        OptionalLong inStep = derived.inStepAt();
        List<ImportOutcome> outcomes = batches.write(List.of(file), run, force, o -> { }, false);
        if (outcomes.stream().anyMatch(o -> o instanceof Imported)) {
            derive(run, outcomes, inStep);
        }
        return outcomes.get(0);
    }

    private void written(List<ImportOutcome> outcomes) {
        List<String> iris = recordIris(outcomes);
        if (!iris.isEmpty()) {
            recordListeners.forEach(listener -> listener.accept(iris));
        }
    }

    private List<String> recordIris(List<ImportOutcome> outcomes) {
        return outcomes.stream().filter(o -> o instanceof Imported).map(o -> recordIri((Imported) o)).toList();
    }

    /** The record a graph holds: a case study's graph is named after its article, any other after its practice. */
    private String recordIri(Imported imported) {
        return imported.graph().equals(Iris.articleGraph(baseUri, imported.id()))
                ? Iris.article(baseUri, imported.id()) : Iris.practice(baseUri, imported.id());
    }

    /** The record files named by {@code paths}: files as given, directories walked, hidden files skipped. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}

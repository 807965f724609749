package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.place.Countries;
import org.goodpractice.store.SparqlStore;

/**
 * Imports record files into a store. Each record is parsed and checked completely before
 * anything is written, then replaces its own named graph in one step, so a bad record never
 * half-writes the store, re-importing a file changes nothing, and one bad file does not stop
 * the others.
 *
 * <pre>
 * Importer importer = new Importer(store, "http://localhost:8080/");
 * List&lt;ImportOutcome&gt; outcomes = importer.importFiles(Importer.expand(List.of(Path.of("data"))), System.out::println);
 * </pre>
 */
public final class Importer {
    private final SparqlStore store;
    private final String baseUri;
    private final Model ontology;
    private final AnnexParser annexParser;
    private final AnnexMapper annexMapper;
    private final List<Consumer<String>> recordListeners = new CopyOnWriteArrayList<>();

    public Importer(SparqlStore store, String baseUri) {
        this.store = requireNonNull(store, "store");
        this.baseUri = requireNonNull(baseUri, "baseUri");
        this.ontology = Ontology.load(baseUri);
        this.annexParser = new AnnexParser(ProgrammeSchemes.from(ontology, baseUri), Countries.load());
        this.annexMapper = new AnnexMapper(baseUri);
    }

    /**
     * Calls {@code listener} with the IRI of each record right after it is written, so that what
     * is derived from the store (the search index) follows every import.
     */
    public Importer onRecordWritten(Consumer<String> listener) {
        recordListeners.add(requireNonNull(listener, "listener"));
        return this;
    }

    /** Writes the ontology and concept schemes into their own graph, replacing the previous version. */
    public void loadOntology() {
        store.replaceGraph(Ontology.graphIri(baseUri), ontology);
    }

    /** Loads the ontology, then imports {@code files} in order, reporting each outcome as it happens. */
    public List<ImportOutcome> importFiles(List<Path> files, Consumer<ImportOutcome> progress) {
        loadOntology();
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            ImportOutcome outcome = importFile(file);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return outcomes;
    }

    /** Imports one record file; a refused record is reported, not thrown. */
    public ImportOutcome importFile(Path file) {
        try {
            Annex annex = annexParser.parse(SourceText.read(file));
            String graph = Iris.practiceGraph(baseUri, annex.index());
            store.replaceGraph(graph, annexMapper.map(annex));
            String iri = Iris.practice(baseUri, annex.index());
            recordListeners.forEach(listener -> listener.accept(iri));
            return new Imported(file, annex.index(), annex.title(), graph);
        } catch (RecordException e) {
            return new Failed(file, e);
        }
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

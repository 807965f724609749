package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.goodpractice.Version;
import org.goodpractice.link.Linker;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.store.Changes;
import org.goodpractice.store.InStep;
import org.goodpractice.store.SparqlStore;

/**
 * Whether the graphs derived from the records and the bundled sources (the ontology graph, the
 * gazetteer graph, the links) are in step with the store, as the {@link InStep} mark in the
 * store's own bookkeeping says: a start that finds them in step at the store's current version
 * reads no record. The mark names the sources by a checksum of the bundled ontology and gazetteer
 * files, the application version, the base URI and {@link #DERIVATION}, so that a new ontology or
 * gazetteer, or another way of deriving, is written again even at the same store version.
 *
 * <pre>
 * DerivedGraphs derived = new DerivedGraphs(store, baseUri);
 * if (derived.inStepAt().isEmpty()) importer.repairUnlessInStep();
 * </pre>
 */
public final class DerivedGraphs {
    /** Raise when the way the derived graphs are made changes: stores marked before are repaired once. */
    static final int DERIVATION = 1;

    private final SparqlStore store;
    private final String sources;
    private final Set<String> graphs;

    public DerivedGraphs(SparqlStore store, String baseUri) {
        this.store = requireNonNull(store, "store");
        requireNonNull(baseUri, "baseUri");
        this.sources = sources(baseUri);
        this.graphs = Set.of(Ontology.graphIri(baseUri), Iris.gazetteerGraph(baseUri), Linker.graphIri(baseUri));
    }

    /** The store version the derived graphs are in step with, when it is the store's current one. */
    public OptionalLong inStepAt() {
        Optional<InStep> mark = store.inStep();
        long now = store.version();
        return mark.isPresent() && mark.get().equals(new InStep(now, sources)) ? OptionalLong.of(now) : OptionalLong.empty();
    }

    /**
     * What changed since the derived graphs were last in step with these sources; empty when the
     * store has no such mark (never marked, or marked from other sources).
     */
    Optional<Changes> sinceMark() {
        return store.inStep().filter(m -> m.sources().equals(sources)).map(m -> store.changesSince(m.version()));
    }

    /**
     * Marks the derived graphs in step with the store's version if every graph written since
     * version {@code inStepAt} is a derived graph or one of {@code records}, whose derived graphs
     * the caller has just brought in step: a write of anyone else's in between leaves the mark as it was.
     *
     * @return whether the mark was written
     */
    boolean markIfOnly(long inStepAt, Set<String> records) {
        Changes changes = store.changesSince(inStepAt);
        Set<String> ours = new HashSet<>(graphs);
        ours.addAll(records);
        return !changes.everything() && ours.containsAll(changes.graphs()) && store.markInStep(new InStep(changes.now(), sources));
    }

    /**
     * Marks a store whose only write so far is of derived graphs (the ontology an import into a
     * new store writes first): with no record yet, they are in step.
     *
     * @return the version marked, or empty when the store has had other writes
     */
    OptionalLong markIfFirstWrite() {
        long now = store.version();
        Changes last = store.changesSince(now - 1);
        boolean first = !last.everything() && store.changesSince(now - 2).everything();
        return first && graphs.containsAll(last.graphs()) && store.markInStep(new InStep(now, sources))
                ? OptionalLong.of(now) : OptionalLong.empty();
    }

    /** The checksum of what the derived graphs are made from, besides the records. */
    static String sources(String baseUri) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((Version.current() + "\n" + DERIVATION + "\n" + baseUri + "\n").getBytes(StandardCharsets.UTF_8));
            for (String file : Ontology.FILES) {
                resource(digest, "/ontology/" + file);
            }
            for (String file : Gazetteer.FILES) {
                resource(digest, "/gazetteer/" + file);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void resource(MessageDigest digest, String path) {
        try (InputStream in = DerivedGraphs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            digest.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}

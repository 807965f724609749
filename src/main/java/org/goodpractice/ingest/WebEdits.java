package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.history.History;
import org.goodpractice.ingest.ImportOutcome.Unchanged;
import org.goodpractice.link.Linker;
import org.goodpractice.vocab.SPDX;

/**
 * Records a web edit holds (source {@code edit-{id}.txt}), met again by an import of the file they
 * were imported from: a file as it was at its last import is {@link Unchanged}, so importing a
 * directory again neither fails nor undoes the edit; a changed one is refused, naming the edit, unless
 * forced. What the file was at its last import is read from the history's versions of the record.
 *
 * <pre>
 * WebEdits edits = new WebEdits(history, "http://localhost:8080/");   // history may be null
 * ImportOutcome over = edits.over(file, sha256, checked, "edit-0557C2.txt");   // null: import it
 * </pre>
 */
public final class WebEdits {
    private static final String PREFIX = "edit-";
    private static final String SUFFIX = ".txt";

    private final History history;
    private final String baseUri;

    /** @param history the record versions, or null when the import keeps none (then no file is known unchanged) */
    WebEdits(History history, String baseUri) {
        this.history = history;
        this.baseUri = requireNonNull(baseUri, "baseUri");
    }

    /** The source name the store keeps for practice {@code id} edited on the web: the edit holds the record from then on. */
    public static String fileName(String id) {
        return PREFIX + requireNonNull(id, "id") + SUFFIX;
    }

    /** True when {@code holder}, the file a stored record came from, is a web edit and {@code file} is another. */
    static boolean heldByEdit(String holder, Path file) {
        return holder != null && holder.startsWith(PREFIX) && holder.endsWith(SUFFIX)
                && !holder.equals(file.getFileName().toString());
    }

    /**
     * True when record graph {@code graph}, held by a web edit, was imported from a file named as
     * {@code file} before: that file's record is the edited one, not another claiming its identifier.
     */
    boolean editedFrom(String graph, Path file) {
        return history != null && lastImport(Linker.recordOf(baseUri, graph), graph, file).isPresent();
    }

    /**
     * For {@code record} of {@code file} (content {@code sha256}), whose graph {@code holder} holds: null
     * when no web edit holds it (import it); {@link Unchanged} when the file is as at its last import;
     * else a refusal naming the edit, which {@code --force} overrides (then null too).
     */
    ImportOutcome over(Path file, String sha256, RecordChecker.Checked record, String holder, boolean force) {
        if (force || !heldByEdit(holder, file)) {
            return null;
        }
        String iri = Iris.practice(baseUri, record.id());
        if (history != null && lastImport(iri, record.graph(), file).filter(sha256::equals).isPresent()) {
            return new Unchanged(file, record.id(), record.graph());
        }
        List<History.Version> versions = history == null ? List.of() : history.versions(iri);
        String edit = versions.isEmpty() ? "(" + RecordException.shown(holder) + ")"
                : "(version " + versions.get(0).number() + " by " + versions.get(0).change().who() + ", "
                + RecordException.shown(versions.get(0).change().why()) + ")";
        return new ImportOutcome.Failed(file, new RecordException(file, record.line(), record.line() > 0 ? "index" : "Index", "the practice "
                + RecordException.shown(record.id()) + " was edited on the web " + edit + " after this file was last imported, "
                + "and the file changed since; importing it would replace that edit: import it with --force to replace it "
                + "(the history keeps the edit)").at(record.where()));
    }

    /** The SHA-256 of the file named as {@code file} at the newest version of {@code record} imported from it. */
    private Optional<String> lastImport(String record, String graph, Path file) {
        if (record == null) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        for (History.Version version : history.versions(record)) {
            Optional<String> sha = history.content(record, version.number()).flatMap(content -> sourceSha(content, graph, name));
            if (sha.isPresent()) {
                return sha;
            }
        }
        return Optional.empty();
    }

    /** The checksum of the source a record graph's content says it came from, when that source is named {@code name}. */
    private static Optional<String> sourceSha(Model content, String graph, String name) {
        Resource source = content.createResource(graph + "#source");
        Statement named = source.getProperty(SchemaDO.name);
        Resource checksum = source.getPropertyResourceValue(SPDX.checksum);
        if (named == null || !named.getString().equals(name) || checksum == null || !checksum.hasProperty(SPDX.checksumValue)) {
            return Optional.empty();
        }
        return Optional.of(checksum.getProperty(SPDX.checksumValue).getString());
    }
}

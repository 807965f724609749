package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.goodpractice.Lazy;
import org.goodpractice.ingest.RecordChecker;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.RecordFormat;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.ingest.interregeurope.InterregEuropeFormat;

/**
 * The form's fields as a record file of the Interreg Europe format, checked as {@code import} checks a
 * file: every web save (a submission, an edit of a published practice) goes through this one path, so
 * a form is parsed, mapped and validated by the very code of an import.
 *
 * <pre>
 * PlatformRecords records = new PlatformRecords(new RecordChecker(base));
 * FormCheck check = records.check("submission-" + id + ".txt", fields, null);
 * </pre>
 */
public final class PlatformRecords {
    static final String KIND = "interreg-europe";

    // Made on first use: the checker reads the ontology, shapes and gazetteer, which a server start need not wait for.
    private final Lazy<RecordChecker> checker;
    private final Lazy<RecordFormat> format;

    /** Reads every form as the Interreg Europe format with {@code checker} (an importer's own, whatever its kind). */
    public PlatformRecords(RecordChecker checker) {
        this(() -> requireNonNull(checker, "checker"));
    }

    /** As {@link #PlatformRecords(RecordChecker)}, the checker asked for when a form is first checked. */
    public PlatformRecords(Supplier<RecordChecker> checker) {
        requireNonNull(checker, "checker");
        this.checker = Lazy.of(checker);
        this.format = Lazy.of(() -> this.checker.get().format(KIND));
    }

    /** The Interreg Europe topics a practice may name, as the form offers them. */
    public List<String> topics() {
        return ((InterregEuropeFormat) format.get()).topicLabels();
    }

    /**
     * {@code fields} checked as an import would check them, written to a file named {@code fileName},
     * under {@code identifier} when the practice has one already (null to mint one from the title).
     */
    public FormCheck check(String fileName, Map<String, String> fields, String identifier) {
        requireNonNull(fields, "fields");
        Optional<Map.Entry<String, String>> heading = PlatformText.headingInside(fields);
        if (heading.isPresent()) {
            return FormCheck.refused(heading.get().getKey(), "the line " + RecordException.shown(heading.get().getValue())
                    + " reads as a heading of the template and would start a section of its own; reword it or join it to "
                    + "the paragraph before");
        }
        PlatformText.Written text = text(fields, identifier);
        try {
            return FormCheck.passed(inFile(fileName, text, file -> checker.get().check(SourceText.read(file), format.get(), graph -> false)));
        } catch (RecordException e) {
            return FormCheck.refused(text.fieldOf(e).orElse(null), e.problem());
        }
    }

    /** Runs {@code use} on {@code fields} written to a file named {@code fileName} (the source name the store keeps), then removes it. */
    public <T> T inFile(String fileName, Map<String, String> fields, String identifier, Function<Path, T> use) {
        return inFile(fileName, text(requireNonNull(fields, "fields"), identifier), use);
    }

    private static PlatformText.Written text(Map<String, String> fields, String identifier) {
        return identifier == null ? PlatformText.write(fields) : PlatformText.write(fields, identifier);
    }

    private static <T> T inFile(String fileName, PlatformText.Written text, Function<Path, T> use) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("goodpractice-form");
            Path file = dir.resolve(requireNonNull(fileName, "fileName"));
            Files.write(file, text.lines());
            return use.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the practice to a temporary file", e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + dir, e);
        }
    }
}

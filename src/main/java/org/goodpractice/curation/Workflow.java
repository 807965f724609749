package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.goodpractice.Lazy;
import org.goodpractice.curation.State.Step;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.history.History;
import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.RecordChecker;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.interregeurope.InterregEuropeFormat;
import org.goodpractice.store.SparqlStore;

/**
 * Saving submissions and moving them through review. Every save is written as a platform practice
 * ({@link PlatformText}) to a file {@code submission-ID.txt} and checked by {@link RecordChecker},
 * as {@code import} checks a file; only a record that passes is kept, in the private
 * {@link SubmissionStore}. Approval imports that file into the public store with {@link Importer},
 * so the practice is mapped, linked and indexed as any import is; before it nothing of it is public.
 *
 * <pre>
 * Workflow workflow = new Workflow(accounts.submissions(), store, baseUri, Clock.systemUTC());
 * Workflow.Saved saved = workflow.save(null, "jan", fields);
 * workflow.step(saved.submission().orElseThrow(), Step.SUBMIT, jan, "");
 * </pre>
 */
public final class Workflow {
    static final String KIND = "interreg-europe";

    /** A save: the submission kept, or the problem that refused it and the form field it concerns (empty for the record as a whole). */
    public record Saved(Optional<Submission> submission, Optional<String> field, String problem) {
    }

    private final SubmissionStore submissions;
    private final Supplier<RecordChecker> checker;
    private final Supplier<BiFunction<Path, History.Change, ImportOutcome>> importer;
    private final Clock clock;

    public Workflow(SubmissionStore submissions, SparqlStore store, String baseUri, Clock clock) {
        this(submissions, store, baseUri, clock, null);
    }

    /** A workflow whose publications are kept as versions in {@code history} (none when null), attributed to the approving account. */
    public Workflow(SubmissionStore submissions, SparqlStore store, String baseUri, Clock clock, History history) {
        this(submissions, checkerFor(requireNonNull(baseUri, "baseUri")),
                publisherFor(requireNonNull(store, "store"), baseUri, history), clock);
    }

    Workflow(SubmissionStore submissions, RecordChecker checker, BiFunction<Path, History.Change, ImportOutcome> importer,
             Clock clock) {
        this(submissions, () -> checker, () -> importer, clock);
    }

    private Workflow(SubmissionStore submissions, Supplier<RecordChecker> checker,
                     Supplier<BiFunction<Path, History.Change, ImportOutcome>> importer, Clock clock) {
        this.submissions = requireNonNull(submissions, "submissions");
        this.checker = checker;
        this.importer = importer;
        this.clock = requireNonNull(clock, "clock");
    }

    // Made on first use: each reads the ontology and the gazetteer, which a server start need not wait for.
    private static Lazy<RecordChecker> checkerFor(String baseUri) {
        return Lazy.of(() -> new RecordChecker(baseUri).kind(KIND));
    }

    private static Lazy<BiFunction<Path, History.Change, ImportOutcome>> publisherFor(SparqlStore store, String baseUri,
                                                                                  History history) {
        return Lazy.of(() -> publisher(new Importer(store, baseUri).kind(KIND), history));
    }

    private static BiFunction<Path, History.Change, ImportOutcome> publisher(Importer importer, History history) {
        if (history != null) {
            importer.history(history);
        }
        // Steps are taken one at a time (synchronized), so the attribution set here is the one the import uses.
        return (file, change) -> importer.attributeTo(f -> change).importFile(file);
    }

    /** The Interreg Europe topics a practice may name, as the form offers them. */
    public List<String> topics() {
        return checker.get().formats().byName(KIND).map(f -> ((InterregEuropeFormat) f).topicLabels()).orElseThrow();
    }

    public Optional<Submission> find(String id) {
        return submissions.find(requireNonNull(id, "id"));
    }

    public List<Submission> byAuthor(String author) {
        requireNonNull(author, "author");
        return submissions.list().stream().filter(s -> s.writtenBy(author)).toList();
    }

    public List<Submission> awaitingReview() {
        return submissions.list().stream().filter(s -> s.state().awaitsReview())
                .sorted(Comparator.comparing(Submission::updated)).toList();
    }

    /**
     * Checks {@code fields} as an import would and keeps them: as a new draft of {@code author} when
     * {@code existing} is null, else as its new fields. A refused record changes nothing.
     */
    public synchronized Saved save(Submission existing, String author, Map<String, String> fields) {
        requireNonNull(fields, "fields");
        Optional<Map.Entry<String, String>> heading = PlatformText.headingInside(fields);
        if (heading.isPresent()) {
            return new Saved(Optional.empty(), Optional.of(heading.get().getKey()), "the line "
                    + RecordException.shown(heading.get().getValue()) + " reads as a heading of the template and would start "
                    + "a section of its own; reword it or join it to the paragraph before");
        }
        String id = existing != null ? existing.id() : Submission.newId();
        PlatformText.Written text = PlatformText.write(fields);
        try {
            inFile(id, text, checker.get()::check);
        } catch (RecordException e) {
            return new Saved(Optional.empty(), text.fieldOf(e), e.problem());
        }
        Submission saved = existing != null ? existing.withFields(fields, clock.instant())
                : Submission.draft(id, Account.checkName(author), fields, clock.instant());
        submissions.put(saved);
        return new Saved(Optional.of(saved), Optional.empty(), null);
    }

    /**
     * Takes {@code step} on {@code s} as {@code who}, with its comment; approval publishes the
     * practice first, and the step is kept only once that has worked.
     *
     * @throws CurationException when the step is not allowed from the submission's state or to this account
     */
    public synchronized Submission step(Submission s, Step step, Account who, String comment) {
        requireNonNull(who, "who");
        // The state as stored now: two reviewers approving at once must not publish twice.
        s = submissions.find(requireNonNull(s, "submission").id()).orElse(s);
        State next = s.state().next(requireNonNull(step, "step"), who.role(), s.writtenBy(who.name()));
        String published = step == Step.APPROVE ? publish(s, new History.Change(who.name(),
                comment == null || comment.isBlank() ? "approved submission " + s.id() : comment.strip(), clock.instant())) : null;
        Submission moved = s.moved(next, new Submission.Comment(label(step, s.state()), who.name(),
                comment == null ? "" : comment.strip(), clock.instant()), published);
        submissions.put(moved);
        return moved;
    }

    /** The submission's record imported into the public store; its practice identifier. */
    private String publish(Submission s, History.Change change) {
        ImportOutcome outcome = inFile(s.id(), PlatformText.write(s.fields()), file -> importer.get().apply(file, change));
        if (outcome instanceof ImportOutcome.Imported imported) {
            return imported.id();
        }
        if (outcome instanceof ImportOutcome.Unchanged unchanged) {
            return unchanged.id();
        }
        throw new CurationException("the practice could not be published: " + ((ImportOutcome.Failed) outcome).error().problem());
    }

    private static String label(Step step, State from) {
        if (step == Step.SUBMIT) {
            return from == State.DRAFT ? "submit" : "resubmit";
        }
        return step.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Runs {@code use} on the text written to {@code submission-ID.txt} (the source name the store keeps), then removes it. */
    private static <T> T inFile(String id, PlatformText.Written text, Function<Path, T> use) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("goodpractice-submission");
            Path file = dir.resolve("submission-" + Submission.checkId(id) + ".txt");
            Files.write(file, text.lines());
            return use.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the submission to a temporary file", e);
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

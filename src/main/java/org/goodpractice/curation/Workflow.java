package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.goodpractice.curation.State.Step;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.history.History;
import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.RecordChecker;

/**
 * Saving submissions and moving them through review. Every save is written as a platform practice
 * ({@link PlatformText}) to a file {@code submission-ID.txt} and checked by {@link RecordChecker},
 * as {@code import} checks a file; only a record that passes is kept, in the private
 * {@link SubmissionStore}. Approval imports that file into the public store with {@link Importer},
 * so the practice is mapped, linked and indexed as any import is; before it nothing of it is public.
 *
 * <pre>
 * Workflow workflow = new Workflow(accounts.submissions(), new Importer(store, baseUri).history(history), Clock.systemUTC());
 * Workflow.Saved saved = workflow.save(null, "jan", fields);
 * workflow.step(saved.submission().orElseThrow(), Step.SUBMIT, jan, "");
 * </pre>
 */
public final class Workflow {
    static final String KIND = PlatformRecords.KIND;

    /** A save: the submission kept, or the problem that refused it and the form field it concerns (empty for the record as a whole). */
    public record Saved(Optional<Submission> submission, Optional<String> field, String problem) {
    }

    private final SubmissionStore submissions;
    private final PlatformRecords records;
    private final BiFunction<Path, History.Change, ImportOutcome> importer;
    private final Clock clock;

    /**
     * A workflow checking saves with {@code importer}'s own checker and publishing with it, so
     * that what it publishes is derived and versioned as the importer's other writes are (the
     * versions attributed to the approving account when the importer keeps a history).
     */
    public Workflow(SubmissionStore submissions, Importer importer, Clock clock) {
        this(submissions, new PlatformRecords(requireNonNull(importer, "importer")::checker),
                (file, change) -> importer.publish(file, KIND, change), clock);
    }

    Workflow(SubmissionStore submissions, RecordChecker checker, BiFunction<Path, History.Change, ImportOutcome> importer,
             Clock clock) {
        this(submissions, new PlatformRecords(requireNonNull(checker, "checker")), importer, clock);
    }

    private Workflow(SubmissionStore submissions, PlatformRecords records, BiFunction<Path, History.Change, ImportOutcome> importer,
                     Clock clock) {
        this.submissions = requireNonNull(submissions, "submissions");
        this.records = records;
        this.importer = requireNonNull(importer, "importer");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The Interreg Europe topics a practice may name, as the form offers them. */
    public List<String> topics() {
        return records.topics();
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
        String id = existing != null ? existing.id() : Submission.newId();
        FormCheck check = records.check(fileName(id), requireNonNull(fields, "fields"), null);
        if (!check.passed()) {
            return new Saved(Optional.empty(), check.fieldName(), check.problem());
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
        ImportOutcome outcome = records.inFile(fileName(s.id()), s.fields(), null, file -> importer.apply(file, change));
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

    /** The source name the store keeps for a submission's record. */
    private static String fileName(String id) {
        return "submission-" + Submission.checkId(id) + ".txt";
    }

    /** {@code fields} checked as a save would check them, keeping nothing (a preview of the practice). */
    public FormCheck check(Map<String, String> fields) {
        return records.check(fileName(Submission.newId()), requireNonNull(fields, "fields"), null);
    }
}

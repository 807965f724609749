package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A practice submitted over the web, kept privately until a reviewer approves it: its author, where it
 * stands, the form's fields as typed (by the names of {@link PlatformText}), each step with its
 * comment, and, once published, the identifier of the practice it became.
 *
 * <pre>
 * Submission draft = Submission.draft(Submission.newId(), "jan", Map.of("title", "Water reuse"), Instant.now());
 * </pre>
 */
public record Submission(String id, String author, State state, Map<String, String> fields, List<Comment> comments,
                         Instant created, Instant updated, String practice) {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** One step taken: what it was ("submit", "request changes"…), by whom, its comment (may be empty) and when. */
    public record Comment(String step, String by, String text, Instant at) {
        public Comment {
            requireNonNull(step, "step");
            requireNonNull(by, "by");
            requireNonNull(text, "text");
            requireNonNull(at, "at");
        }
    }

    public Submission {
        checkId(id);
        Account.checkName(author);
        requireNonNull(state, "state");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(fields, "fields")));
        comments = List.copyOf(comments);
        requireNonNull(created, "created");
        requireNonNull(updated, "updated");
    }

    /** A new draft of {@code author}. */
    public static Submission draft(String id, String author, Map<String, String> fields, Instant now) {
        return new Submission(id, author, State.DRAFT, fields, List.of(), now, now, null);
    }

    /** A fresh random identifier, unguessable so that one submission's address tells nothing of another's. */
    public static String newId() {
        return String.format("%016x", RANDOM.nextLong());
    }

    /** Refuses anything that is not an identifier {@link #newId()} makes, so that no typed id reaches an IRI unchecked. */
    public static String checkId(String id) {
        requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new CurationException("'" + id + "' is not a submission identifier");
        }
        return id;
    }

    /** True when {@code id} is a well-formed submission identifier. */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public boolean writtenBy(String account) {
        return author.equals(account);
    }

    /** The same submission with the fields saved at {@code now}. */
    public Submission withFields(Map<String, String> saved, Instant now) {
        return new Submission(id, author, state, saved, comments, created, now, practice);
    }

    /** The submission after a step to {@code next}, with its comment, and the practice it became when published. */
    public Submission moved(State next, Comment comment, String published) {
        List<Comment> all = new ArrayList<>(comments);
        all.add(requireNonNull(comment, "comment"));
        return new Submission(id, author, requireNonNull(next, "next"), fields, all, created, comment.at(),
                published != null ? published : practice);
    }

    /** The field's value, empty when not given. */
    public String field(String name) {
        return fields.getOrDefault(name, "");
    }
}

package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;

/**
 * Where a practice stands in review, and the steps allowed from there.
 *
 * <pre>
 * State next = State.SUBMITTED.next(Step.APPROVE, Role.REVIEWER, false); // PUBLISHED
 * </pre>
 */
public enum State {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, RESUBMITTED, PUBLISHED, DECLINED;

    /** A move a user asks for. */
    public enum Step { SUBMIT, REQUEST_CHANGES, APPROVE, DECLINE }

    private static final Set<State> AWAITING_REVIEW = Set.of(SUBMITTED, RESUBMITTED);

    private static final Map<Step, Set<State>> FROM = Map.of(
            Step.SUBMIT, Set.of(DRAFT, CHANGES_REQUESTED),
            Step.REQUEST_CHANGES, AWAITING_REVIEW,
            Step.APPROVE, AWAITING_REVIEW,
            Step.DECLINE, AWAITING_REVIEW);

    /** True while a reviewer has to act. */
    public boolean awaitsReview() {
        return AWAITING_REVIEW.contains(this);
    }

    /**
     * The state after {@code step} taken by a user with {@code role}; {@code author} says whether
     * that user wrote the practice. Authors submit and resubmit;
     * reviewers and admins decide.
     */
    public State next(Step step, Role role, boolean author) {
        requireNonNull(step, "step");
        requireNonNull(role, "role");
        if (!FROM.get(step).contains(this)) {
            throw new CurationException("cannot " + label(step) + " a practice that is " + label(this));
        }
        if (step == Step.SUBMIT) {
            if (!author) {
                throw new CurationException("only the author can submit this practice");
            }
            return this == DRAFT ? SUBMITTED : RESUBMITTED;
        }
        if (!role.atLeast(Role.REVIEWER)) {
            throw new CurationException("only a reviewer can " + label(step));
        }
        return switch (step) {
            case REQUEST_CHANGES -> CHANGES_REQUESTED;
            case APPROVE -> PUBLISHED;
            default -> DECLINED;
        };
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}

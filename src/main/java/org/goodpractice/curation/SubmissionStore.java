package org.goodpractice.curation;

import java.util.List;
import java.util.Optional;

/**
 * Where submissions are kept before and after review: never in the public store, so no draft can
 * reach {@code /sparql}, search, pages or dumps. {@link TdbSubmissionStore} keeps them in the
 * curation dataset beside the accounts.
 *
 * <pre>
 * SubmissionStore submissions = TdbAccountStore.open(dir).submissions();
 * submissions.put(Submission.draft(Submission.newId(), "jan", fields, Instant.now()));
 * </pre>
 */
public interface SubmissionStore {
    Optional<Submission> find(String id);

    /** Every submission, the most recently changed first. */
    List<Submission> list();

    /** Adds {@code submission}, or replaces the one of the same id. */
    void put(Submission submission);
}

package org.goodpractice.curation;

import java.util.List;
import java.util.Optional;

/**
 * Where accounts are kept: never in the public store, whose every triple is served by
 * {@code /sparql} and the dumps. {@link TdbAccountStore} keeps them in a small TDB2 dataset of
 * their own; another deployment may back this with something else.
 *
 * <pre>
 * try (AccountStore accounts = TdbAccountStore.open(Path.of("store-curation"))) {
 *     accounts.find("maria").ifPresent(a -&gt; System.out.println(a.role()));
 * }
 * </pre>
 */
public interface AccountStore extends AutoCloseable {
    Optional<Account> find(String name);

    /** Every account, by name. */
    List<Account> list();

    /** Adds {@code account}, or replaces the one of the same name. */
    void put(Account account);

    /** The submissions kept beside the accounts, as private as they are. */
    SubmissionStore submissions();

    @Override
    void close();
}

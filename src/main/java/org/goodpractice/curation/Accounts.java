package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Adding accounts and checking passwords over an {@link AccountStore}.
 *
 * <pre>
 * Accounts accounts = new Accounts(TdbAccountStore.open(dir));
 * accounts.add("maria", Role.ADMIN, password, false);
 * Optional&lt;Account&gt; who = accounts.authenticate("maria", password);
 * </pre>
 */
public final class Accounts {
    private final AccountStore store;

    public Accounts(AccountStore store) {
        this.store = requireNonNull(store, "store");
    }

    /**
     * Adds account {@code name}; with {@code replace} an existing one of that name gets the new
     * role and password, without it an existing name is refused.
     */
    public Account add(String name, Role role, CharSequence password, boolean replace) {
        Account.checkName(name);
        requireNonNull(role, "role");
        requireNonNull(password, "password");
        if (!replace && store.find(name).isPresent()) {
            throw new CurationException("account '" + name + "' exists already; add --replace to give it a new role and password");
        }
        Account account = new Account(name, role, Passwords.hash(password));
        store.put(account);
        return account;
    }

    /** The account when {@code password} is its password; empty for a wrong password or an unknown name alike. */
    public Optional<Account> authenticate(String name, CharSequence password) {
        requireNonNull(name, "name");
        requireNonNull(password, "password");
        Optional<Account> account = validName(name) ? store.find(name) : Optional.empty();
        boolean right = Passwords.matches(password, account.map(Account::passwordHash).orElse(null));
        return right ? account : Optional.empty();
    }

    public Optional<Account> find(String name) {
        requireNonNull(name, "name");
        return validName(name) ? store.find(name) : Optional.empty();
    }

    public List<Account> list() {
        return store.list();
    }

    private static boolean validName(String name) {
        try {
            Account.checkName(name);
            return true;
        } catch (CurationException e) {
            return false;
        }
    }
}

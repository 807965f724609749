package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A curation account: its name, role and password hash (bcrypt, never the password itself).
 * {@link #toString()} leaves the hash out, so an account written to a log shows no secret.
 */
public record Account(String name, Role role, String passwordHash) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");

    public Account {
        requireNonNull(name, "name");
        requireNonNull(role, "role");
        requireNonNull(passwordHash, "passwordHash");
        checkName(name);
    }

    /** Refuses a name that is not 2 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit. */
    public static String checkName(String name) {
        requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new CurationException("account name '" + name + "' is not allowed: use 2 to 40 letters, digits, "
                    + "'.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    @Override
    public String toString() {
        return "Account[" + name + ", " + role.label() + "]";
    }
}

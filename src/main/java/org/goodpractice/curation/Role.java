package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** What an account may do; each role includes the rights of the ones before it. */
public enum Role {
    CONTRIBUTOR, REVIEWER, ADMIN;

    /** True when this role has at least the rights of {@code other}. */
    public boolean atLeast(Role other) {
        return compareTo(requireNonNull(other, "other")) >= 0;
    }

    /** The name users see and type: {@code contributor}, {@code reviewer}, {@code admin}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named on the command line ({@code contributor}, {@code reviewer}, {@code admin}). */
    public static Role parse(String name) {
        requireNonNull(name, "name");
        for (Role role : values()) {
            if (role.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new CurationException("unknown role '" + name + "': use contributor, reviewer or admin");
    }
}

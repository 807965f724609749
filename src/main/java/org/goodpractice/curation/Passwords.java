package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password rules and hashing: bcrypt (Spring Security's encoder, cost {@value #COST}), salted per
 * hash. bcrypt reads at most 72 bytes, so longer passwords are refused rather than cut.
 *
 * <pre>
 * String hash = Passwords.hash(password);       // refuses one shorter than 12 characters
 * boolean ok = Passwords.matches(password, hash);
 * </pre>
 */
public final class Passwords {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    private static final int COST = 12;
    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(COST);
    // Compared against when the account does not exist, so a wrong name costs as long as a wrong password.
    private static final String ABSENT = ENCODER.encode("no account has this password");

    private Passwords() {
    }

    /** The hash of {@code password}, after checking it is long enough and not too long. */
    public static String hash(CharSequence password) {
        requireNonNull(password, "password");
        if (password.toString().isBlank() || password.length() < MIN_LENGTH) {
            throw new CurationException("the password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new CurationException("the password must have at most " + MAX_BYTES + " bytes (bcrypt reads no more)");
        }
        return ENCODER.encode(password);
    }

    /** True when {@code password} is the one {@code hash} was made from; a null hash stands for no account. */
    public static boolean matches(CharSequence password, String hash) {
        requireNonNull(password, "password");
        if (password.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            ENCODER.matches("", ABSENT);
            return false;
        }
        return ENCODER.matches(password, hash != null ? hash : ABSENT) && hash != null;
    }
}

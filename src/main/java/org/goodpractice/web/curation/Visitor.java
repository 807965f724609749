package org.goodpractice.web.curation;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.goodpractice.curation.Account;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.Sessions.Session;

/**
 * Who made a request: the session its cookie names (if any) and the account signed in to it
 * (if any). {@link CurationRoutes} resolves it once per request, before any other handler.
 *
 * <pre>
 * Account admin = Visitor.requireRole(ctx, Role.ADMIN);   // 303 to /login, or 403, otherwise
 * </pre>
 */
public record Visitor(Session session, Account account) {
    static final Visitor NONE = new Visitor(null, null);
    private static final String ATTRIBUTE = Visitor.class.getName();
    // Pages are rendered on the request's thread, after the before-handler has set this for it.
    private static final ThreadLocal<Visitor> CURRENT = new ThreadLocal<>();

    public boolean signedIn() {
        return account != null;
    }

    /** The CSRF token of the visitor's session, for the hidden {@code csrf} field of a form. */
    public String csrf() {
        return session == null ? null : session.csrf();
    }

    /** True for reviewers and admins, who see the review queue. */
    public boolean reviewer() {
        return account != null && account.role().atLeast(Role.REVIEWER);
    }

    public String role() {
        return account == null ? null : account.role().label();
    }

    /** The visitor of the request being handled on this thread, for the page header. */
    public static Visitor current() {
        Visitor visitor = CURRENT.get();
        return visitor != null ? visitor : NONE;
    }

    public static Visitor of(Context ctx) {
        Visitor visitor = ctx.attribute(ATTRIBUTE);
        return visitor != null ? visitor : NONE;
    }

    static void set(Context ctx, Visitor visitor) {
        ctx.attribute(ATTRIBUTE, visitor);
        CURRENT.set(visitor);
    }

    static void clear() {
        CURRENT.remove();
    }

    /**
     * The signed-in account when it has at least {@code role}; a visitor not signed in is sent
     * to the login page (and back afterwards), one with a lesser role gets 403.
     */
    public static Account requireRole(Context ctx, Role role) {
        requireNonNull(ctx, "ctx");
        requireNonNull(role, "role");
        Visitor visitor = of(ctx);
        if (!visitor.signedIn()) {
            throw new AccessRefused(401, "Sign in to see this page.");
        }
        if (!visitor.account().role().atLeast(role)) {
            throw new AccessRefused(403, "This page is for the " + role.label()
                    + " role; you are signed in as " + visitor.account().name() + " (" + visitor.role() + ").");
        }
        return visitor.account();
    }
}

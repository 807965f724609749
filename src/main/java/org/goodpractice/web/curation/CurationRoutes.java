package org.goodpractice.web.curation;

import static java.util.Objects.requireNonNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.goodpractice.curation.Account;
import org.goodpractice.curation.Accounts;
import org.goodpractice.catalog.PracticeCatalog;
import org.goodpractice.curation.CurationException;
import org.goodpractice.curation.PracticeEditor;
import org.goodpractice.curation.Sessions;
import org.goodpractice.curation.Sessions.Session;
import org.goodpractice.curation.Workflow;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.sparql.LoginThrottle;
import org.goodpractice.web.Pages;
import org.goodpractice.web.Paths;
import org.goodpractice.web.PracticePage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in and out, and the guards every curation route stands behind: the visitor is resolved
 * from the session cookie before any other handler; every state-changing request (anything but
 * GET, HEAD and OPTIONS, except the read-only SPARQL form) must carry its session's CSRF token in
 * the form field {@code csrf}, or it gets 403 before any handler runs; failed sign-ins are
 * throttled per client address and per account name ({@link LoginThrottle}).
 *
 * <pre>
 * CurationRoutes curation = new CurationRoutes(accounts, new Sessions(Duration.ofHours(8)), throttle, pages, secure);
 * Javalin.create(config -&gt; { curation.registerGuards(config); curation.register(config); });
 * </pre>
 */
public final class CurationRoutes {
    public static final String CSRF_FIELD = "csrf";
    private static final Logger LOG = LoggerFactory.getLogger(CurationRoutes.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** POSTs that change nothing: the SPARQL page's form without JavaScript. */
    private static final Set<String> READ_ONLY_POSTS = Set.of(Paths.QUERY);
    private static final Set<String> OWN_PAGES = Set.of(Paths.LOGIN, Paths.LOGOUT, Paths.USERS);
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%?=&+-]*");

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Pages pages;
    private final SessionCookie cookie;
    private Workflow workflow;
    private PracticeEditor editor;
    private PracticeCatalog catalog;
    private Preview preview;

    /** @param secure whether the site is served over https, so the cookie may travel only there */
    public CurationRoutes(Accounts accounts, Sessions sessions, LoginThrottle throttle, Pages pages, boolean secure) {
        this.accounts = requireNonNull(accounts, "accounts");
        this.sessions = requireNonNull(sessions, "sessions");
        this.throttle = requireNonNull(throttle, "throttle");
        this.pages = requireNonNull(pages, "pages");
        this.cookie = new SessionCookie(secure);
        pages.visitor(Visitor::current, () -> Visitor.current().signedIn());
    }

    /**
     * True when the response is for this visitor only (signed in, or a curation page): it must
     * not be cached, validated or answered 304 from the public pages' validators.
     */
    public static boolean personal(Context ctx) {
        return Visitor.of(ctx).signedIn() || OWN_PAGES.contains(ctx.path());
    }

    /** Registers the visitor's resolution and the CSRF check; call before any other before-handler. */
    public void registerGuards(JavalinConfig config) {
        config.routes.before(ctx -> {
            Visitor visitor = resolve(ctx);
            Visitor.set(ctx, visitor);
            if (personal(ctx)) {
                ctx.header("Cache-Control", "private, no-store");
            }
            if (!SAFE.contains(ctx.method().name()) && !READ_ONLY_POSTS.contains(ctx.path())
                    && (visitor.session() == null || !visitor.session().csrfMatches(ctx.formParam(CSRF_FIELD)))) {
                refuse(ctx, new AccessRefused(403, "This form has expired or did not come from this site "
                        + "(its security token is missing or wrong), so nothing was saved. Go back, reload the page and try again."));
                ctx.skipRemainingHandlers();
            }
        });
        config.routes.after(ctx -> Visitor.clear());
        config.routes.exception(AccessRefused.class, (e, ctx) -> refuse(ctx, e));
    }

    /** Adds the submission and review pages over {@code workflow} to what {@link #register} registers. */
    public CurationRoutes submissions(Workflow workflow) {
        this.workflow = requireNonNull(workflow, "workflow");
        return this;
    }

    /**
     * Adds the edit form of published practices over {@code editor}, and the Preview button of the
     * submit and edit forms, which shows a practice as {@code practicePage} would.
     */
    public CurationRoutes editing(PracticeEditor editor, PracticeCatalog catalog, PracticePage practicePage) {
        this.editor = requireNonNull(editor, "editor");
        this.catalog = requireNonNull(catalog, "catalog");
        this.preview = new Preview(requireNonNull(practicePage, "practicePage"), pages);
        return this;
    }

    public void register(JavalinConfig config) {
        config.routes.get(Paths.LOGIN, this::loginForm);
        config.routes.post(Paths.LOGIN, this::login);
        config.routes.post(Paths.LOGOUT, this::logout);
        new AccountsPage(accounts, pages).register(config);
        if (workflow != null) {
            new SubmitForm(workflow, pages, preview).register(config);
            new SubmissionPages(workflow, pages).register(config);
            new PlaceSuggestions(Gazetteer::bundled).register(config);
        }
        if (editor != null) {
            new EditForm(editor, catalog, preview, pages, Clock.systemUTC()).register(config);
        }
    }

    private Visitor resolve(Context ctx) {
        Optional<Session> session = sessions.find(SessionCookie.read(ctx));
        if (session.isEmpty() || !session.get().signedIn()) {
            return new Visitor(session.orElse(null), null);
        }
        Optional<Account> account = accounts.find(session.get().account());
        if (account.isEmpty()) {
            // The account was removed while signed in: the session ends with it.
            sessions.invalidate(session.get().id());
            return Visitor.NONE;
        }
        return new Visitor(session.get(), account.get());
    }

    private void loginForm(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        if (visitor.session() == null) {
            Session fresh = sessions.anonymous();
            cookie.set(ctx, fresh.id());
            visitor = new Visitor(fresh, null);
            Visitor.set(ctx, visitor);
        }
        showLogin(ctx, visitor, ctx.queryParam("next"), "", null);
    }

    private void showLogin(Context ctx, Visitor visitor, String next, String name, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Sign in");
        model.put("csrf", visitor.csrf());
        model.put("next", safeNext(next));
        model.put("name", name);
        model.put("error", error);
        ctx.html(pages.render("login", model));
    }

    private void login(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String next = ctx.formParam("next");
        // No account name is longer than 40 characters: a longer one must not make the throttle hold more.
        List<String> keys = List.of("address " + ctx.ip(), "account " + name.substring(0, Math.min(name.length(), 41)));
        Duration wait = keys.stream().map(throttle::wait).max(Duration::compareTo).orElse(Duration.ZERO);
        if (!wait.isZero()) {
            LOG.warn("Sign-in refused for {} from {}: too many failures", loggable(name), ctx.ip());
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            ctx.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            throw new AccessRefused(429, "Too many failed sign-ins for this account or from this address. "
                    + "Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
        }
        Optional<Account> account = accounts.authenticate(name, password);
        if (account.isEmpty()) {
            LOG.info("Failed sign-in for {} from {}", loggable(name), ctx.ip());
            keys.forEach(throttle::failed);
            ctx.status(401);
            showLogin(ctx, Visitor.of(ctx), next, name, "Wrong account name or password.");
            return;
        }
        // Only the account's count: a right password for one's own account must not clear an address guessing others'.
        throttle.succeeded(keys.get(1));
        Session old = Visitor.of(ctx).session();
        if (old != null) {
            sessions.invalidate(old.id());
        }
        cookie.set(ctx, sessions.signIn(account.get().name()).id());
        LOG.info("Signed in: {} ({}) from {}", account.get().name(), account.get().role().label(), ctx.ip());
        ctx.redirect(safeNext(next), HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        Session session = Visitor.of(ctx).session();
        if (session != null) {
            sessions.invalidate(session.id());
        }
        cookie.clear(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** 401 on a page is a way to the login form; everything else a page saying why. */
    private void refuse(Context ctx, AccessRefused e) {
        if (e.status() == 401 && SAFE.contains(ctx.method().name())) {
            ctx.redirect(Paths.LOGIN + "?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
            return;
        }
        String heading = switch (e.status()) {
            case 401 -> "Sign in first";
            case 429 -> "Too many failed sign-ins";
            case 409 -> "Not possible now";
            default -> "Not allowed";
        };
        ctx.header("Cache-Control", "private, no-store");
        ctx.status(e.status()).html(pages.render("error", Map.of("title", heading, "heading", heading, "message", e.getMessage())));
    }

    /** A typed name as the log may show it: only one that could be an account's, so no line can be forged. */
    private static String loggable(String name) {
        try {
            return Account.checkName(name);
        } catch (CurationException e) {
            return "a name no account can have";
        }
    }

    /** Where to go after signing in: a path on this site only, so the form cannot send anyone elsewhere. */
    static String safeNext(String next) {
        return next != null && LOCAL_PATH.matcher(next).matches() ? next : "/";
    }
}

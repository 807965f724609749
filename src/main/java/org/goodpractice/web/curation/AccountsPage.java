package org.goodpractice.web.curation;

import static java.util.Objects.requireNonNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.goodpractice.curation.Accounts;
import org.goodpractice.curation.CurationException;
import org.goodpractice.curation.Role;
import org.goodpractice.web.Pages;
import org.goodpractice.web.Paths;

/**
 * {@link Paths#USERS}, for admins only: the accounts with their roles, and a form adding one
 * (while the server runs, {@code user add} cannot open the accounts).
 *
 * <pre>
 * new AccountsPage(accounts, pages).register(config);
 * </pre>
 */
final class AccountsPage {
    /** One choice of the role list; {@code selected} marks the one the form had. */
    record RoleChoice(String value, boolean selected) {
    }

    private final Accounts accounts;
    private final Pages pages;

    AccountsPage(Accounts accounts, Pages pages) {
        this.accounts = requireNonNull(accounts, "accounts");
        this.pages = requireNonNull(pages, "pages");
    }

    void register(JavalinConfig config) {
        config.routes.get(Paths.USERS, ctx -> {
            Visitor.requireRole(ctx, Role.ADMIN);
            String added = ctx.queryParam("added");
            show(ctx, "", Role.CONTRIBUTOR.label(), null,
                    added != null && accounts.find(added).isPresent() ? added : null);
        });
        config.routes.post(Paths.USERS, this::add);
    }

    private void add(Context ctx) {
        Visitor.requireRole(ctx, Role.ADMIN);
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String role = Optional.ofNullable(ctx.formParam("role")).orElse("");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        try {
            Role chosen = Role.parse(role);
            if (accounts.find(name).isPresent()) {
                throw new CurationException("an account named '" + name + "' exists already");
            }
            accounts.add(name, chosen, password, false);
        } catch (CurationException e) {
            ctx.status(400);
            show(ctx, name, role, "Not added: " + e.getMessage() + ".", null);
            return;
        }
        ctx.redirect(Paths.USERS + "?added=" + URLEncoder.encode(name, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, String name, String role, String error, String added) {
        List<Map<String, String>> rows = accounts.list().stream()
                .map(a -> Map.of("name", a.name(), "role", a.role().label())).toList();
        Map<String, Object> model = new HashMap<>(Map.of("title", "Accounts", "accounts", rows, "count", rows.size(),
                "name", name, "roles", Stream.of(Role.values()).map(r -> new RoleChoice(r.label(), r.label().equals(role))).toList()));
        model.put("error", error);
        model.put("added", added);
        ctx.html(pages.render("users", model));
    }
}

package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.goodpractice.sparql.ExampleQueries;
import org.goodpractice.sparql.ExampleQueries.Example;

/**
 * The SPARQL page at {@link Paths#QUERY}: YASGUI's editor and results table (bundled under
 * {@code /static/vendor/yasgui}) over the endpoint at {@link Paths#SPARQL}, opened on an example
 * query ({@code ?example=NAME}) or on a query of the visitor's own ({@code ?query=...}). Without
 * JavaScript the page is a plain form that posts the query back to this page, which shows the
 * answer as an HTML table.
 *
 * <pre>
 * QueryPage.register(config, pages, ExampleQueries.load(), new QueryForm(formStore), base + "sparql");
 * </pre>
 */
final class QueryPage {
    /** One entry of the example list; {@code current} marks the one in the editor. */
    record Choice(Example example, boolean current) {
    }

    private QueryPage() {
    }

    /**
     * @param form runs what the form sends when the browser runs no JavaScript
     * @param endpoint the endpoint's public URL (from the configured base, never from the request's Host)
     */
    static void register(JavalinConfig config, Pages pages, ExampleQueries examples, QueryForm form, String endpoint) {
        requireNonNull(pages, "pages");
        requireNonNull(examples, "examples");
        requireNonNull(form, "form");
        requireNonNull(endpoint, "endpoint");
        Negotiation.getAndHead(config, Paths.QUERY, ctx -> show(ctx, pages, examples, endpoint, null));
        config.routes.post(Paths.QUERY, ctx -> {
            String query = ctx.formParam("query");
            if (query == null || query.isBlank()) {
                ctx.status(400);
                show(ctx, pages, examples, endpoint, QueryForm.Table.failed("The form sent no query."));
                return;
            }
            show(ctx, pages, examples, endpoint, form.run(query));
        });
    }

    private static void show(Context ctx, Pages pages, ExampleQueries examples, String endpoint, QueryForm.Table results) {
        String own = results != null ? ctx.formParam("query") : ctx.queryParam("query");
        String name = results != null ? null : ctx.queryParam("example");
        Optional<Example> chosen = results != null ? Optional.empty() : name != null ? examples.find(name)
                : own == null ? Optional.of(examples.all().get(0)) : Optional.empty();
        if (name != null && chosen.isEmpty()) {
            ctx.status(404);
            return;
        }
        List<Choice> choices = examples.all().stream().map(e -> new Choice(e, chosen.equals(Optional.of(e)))).toList();
        Map<String, Object> model = new HashMap<>(Map.of(
                "title", "SPARQL query",
                "metaDescription", "Query the good-practice repository in SPARQL, starting from example queries.",
                "examples", choices,
                "endpoint", endpoint));
        model.put("query", results != null ? own : chosen.map(Example::text).orElse(own));
        model.put("results", results);
        ctx.html(pages.render("query", model));
    }
}

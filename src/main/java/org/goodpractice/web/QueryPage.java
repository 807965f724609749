package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.goodpractice.sparql.ExampleQueries;
import org.goodpractice.sparql.ExampleQueries.Example;

/**
 * The SPARQL page at {@link Paths#QUERY}: YASGUI's editor and results table (bundled under
 * {@code /static/vendor/yasgui}) over the endpoint at {@link Paths#SPARQL}, opened on an example
 * query ({@code ?example=NAME}) or on a query of the visitor's own ({@code ?query=...}). Without
 * JavaScript the page is a plain form that sends the query to the endpoint.
 *
 * <pre>
 * QueryPage.register(config.routes, pages, ExampleQueries.load());
 * </pre>
 */
final class QueryPage {
    /** One entry of the example list; {@code current} marks the one in the editor. */
    record Choice(Example example, boolean current) {
    }

    private QueryPage() {
    }

    static void register(RoutesConfig routes, Pages pages, ExampleQueries examples) {
        requireNonNull(pages, "pages");
        requireNonNull(examples, "examples");
        routes.get(Paths.QUERY, ctx -> show(ctx, pages, examples));
    }

    private static void show(Context ctx, Pages pages, ExampleQueries examples) {
        String own = ctx.queryParam("query");
        String name = ctx.queryParam("example");
        Optional<Example> chosen = name != null ? examples.find(name)
                : own == null ? Optional.of(examples.all().get(0)) : Optional.empty();
        if (name != null && chosen.isEmpty()) {
            ctx.status(404);
            return;
        }
        List<Choice> choices = examples.all().stream().map(e -> new Choice(e, chosen.equals(Optional.of(e)))).toList();
        ctx.html(pages.render("query", Map.of(
                "title", "SPARQL query",
                "examples", choices,
                "query", chosen.map(Example::text).orElse(own),
                "endpoint", URI.create(ctx.url()).resolve(Paths.SPARQL).toString())));
    }
}

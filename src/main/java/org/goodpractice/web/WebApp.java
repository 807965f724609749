package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.Map;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.server.Handler;
import org.goodpractice.api.ApiRoutes;
import org.goodpractice.sparql.ExampleQueries;
import org.goodpractice.sparql.SparqlService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTML side of the repository: an unstarted Javalin app whose Jetty server also hands
 * {@link Paths#SPARQL} protocol requests to the given SPARQL handler and {@link Paths#ADMIN} to
 * the admin endpoint, so pages, data and endpoints share one port.
 *
 * <pre>
 * Javalin app = WebApp.create(practicePage, new Pages(), sparqlHandler, linkedData, caseStudies, browseRoutes, api);
 * app.start(8080);
 * </pre>
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private WebApp() {
    }

    public static Javalin create(PracticePage practicePage, Pages pages, Handler sparqlHandler, LinkedData linkedData,
            CaseStudyRoutes caseStudies, BrowseRoutes browse, ApiRoutes api) {
        requireNonNull(practicePage, "practicePage");
        requireNonNull(pages, "pages");
        requireNonNull(sparqlHandler, "sparqlHandler");
        requireNonNull(linkedData, "linkedData");
        requireNonNull(caseStudies, "caseStudies");
        requireNonNull(browse, "browse");
        requireNonNull(api, "api");
        return Javalin.create(config -> {
            config.staticFiles.add(files -> {
                files.hostedPath = Paths.STATIC;
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.jetty.modifyServer(server -> {
                PathMount.mount(server, Paths.SPARQL, sparqlHandler, SparqlService::isProtocolRequest);
                PathMount.mount(server, Paths.ADMIN, linkedData.admin(), request -> true);
            });
            browse.register(config.routes);
            config.routes.get(Paths.PRACTICE, ctx -> practicePage.model(ctx.pathParam("id")).ifPresentOrElse(
                    model -> ctx.html(pages.render("practice", model)), () -> ctx.status(404)));
            caseStudies.register(config.routes);
            QueryPage.register(config.routes, pages, ExampleQueries.load());
            linkedData.resources().register(config);
            linkedData.dataset().register(config);
            api.register(config);
            config.routes.error(404, ctx -> {
                // The JSON API answers its own 404s in JSON.
                if (!ctx.path().startsWith(ApiRoutes.PAGE + "/")) {
                    notFound(ctx, pages);
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} failed", ctx.path(), e);
                ctx.status(500).html(pages.render("error", Map.of("title", "Something went wrong")));
            });
        });
    }

    private static void notFound(Context ctx, Pages pages) {
        ctx.html(pages.render("not-found", Map.of("title", "Not found", "path", ctx.path())));
    }
}

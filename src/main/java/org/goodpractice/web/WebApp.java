package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.eclipse.jetty.server.Handler;
import org.goodpractice.api.ApiRoutes;
import org.goodpractice.sparql.ExampleQueries;
import org.goodpractice.sparql.SparqlService;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.store.StoreFailures;
import org.goodpractice.web.curation.CurationRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTML side of the repository: an unstarted Javalin app whose Jetty server also hands
 * {@link Paths#SPARQL} protocol requests to the given SPARQL handler and {@link Paths#ADMIN} to
 * the admin endpoint, so pages, data and endpoints share one port.
 *
 * <pre>
 * Javalin app = WebApp.create(practicePage, new Pages(), sparqlHandler, linkedData, caseStudies, browseRoutes,
 *         pageStore, new QueryForm(formStore), "http://localhost:8080/", api, curationOrNull, historyOrNull,
 *         new Health(store, index::version, System::nanoTime));
 * app.start(8080);
 * </pre>
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    private static final List<String> UNVALIDATED = List.of(Paths.STATIC, Paths.WEBJARS, "/dumps", "/id", "/graph",
            "/.well-known", Paths.SPARQL, Paths.ADMIN, "/api", Paths.FAVICON, Paths.FAVICON_SVG, Paths.HEALTH, Paths.TEMPLATE);

    /** Revalidated on every use: they change with the application. */
    private static final ClassPathFiles PUBLIC = new ClassPathFiles("/public", "max-age=0");
    /** A web jar's path names its version, so it can be kept a year, as Javalin's web jar handler did. */
    private static final ClassPathFiles WEBJARS = new ClassPathFiles("/META-INF/resources/webjars", "max-age=31622400");

    private WebApp() {
    }

    /**
     * @param pageStore the store as pages reach it (its version makes the validators)
     * @param queryForm the store as the query page's form reaches it, with the public endpoint's limits
     * @param paths the dataset base and where the site is published, for the URLs it shows
     * @param curation sign-in and the curation pages, or null for a site without accounts
     * @param history the history pages of practices, or null for a site that keeps no history
     * @param health what {@link Paths#HEALTH} answers load balancers
     */
    public static Javalin create(PracticePage practicePage, Pages pages, Handler sparqlHandler, LinkedData linkedData,
            CaseStudyRoutes caseStudies, BrowseRoutes browse, SparqlStore pageStore, QueryForm queryForm, ResourcePaths paths,
            ApiRoutes api, CurationRoutes curation, HistoryRoutes history, Health health) {
        requireNonNull(practicePage, "practicePage");
        requireNonNull(pages, "pages");
        requireNonNull(sparqlHandler, "sparqlHandler");
        requireNonNull(linkedData, "linkedData");
        requireNonNull(caseStudies, "caseStudies");
        requireNonNull(browse, "browse");
        requireNonNull(api, "api");
        requireNonNull(health, "health");
        Freshness freshness = new Freshness(pageStore);
        requireNonNull(paths, "paths");
        return Javalin.create(config -> {
            PUBLIC.register(config, Paths.STATIC);
            WEBJARS.register(config, Paths.WEBJARS);
            config.jetty.modifyServer(server -> {
                PathMount.mount(server, Paths.SPARQL, sparqlHandler, SparqlService::isProtocolRequest);
                PathMount.mount(server, Paths.ADMIN, linkedData.admin(), request -> true);
            });
            if (curation != null) {
                curation.registerGuards(config);
            }
            config.routes.before(ctx -> {
                if (validated(ctx) && (curation == null || !CurationRoutes.personal(ctx)) && freshness.notModified(ctx)) {
                    ctx.skipRemainingHandlers();
                }
            });
            config.routes.after(ctx -> finish(ctx, curation != null));
            browse.register(config);
            Negotiation.getAndHead(config, Paths.PRACTICE, ctx -> practicePage.page(ctx.pathParam("id")).ifPresentOrElse(
                    page -> page.send(ctx), () -> ctx.status(404)));
            caseStudies.register(config);
            if (history != null) {
                history.register(config, curation != null);
            }
            Negotiation.getAndHead(config, Paths.HEALTH, health::answer);
            QueryPage.register(config, pages, ExampleQueries.load(), queryForm, paths.absolute(Paths.SPARQL));
            for (String icon : List.of(Paths.FAVICON, Paths.FAVICON_SVG)) {
                Negotiation.getAndHead(config, icon, ctx -> favicon(ctx, icon));
            }
            Negotiation.getAndHead(config, Paths.TEMPLATE, WebApp::template);
            linkedData.resources().register(config);
            linkedData.dataset().register(config);
            api.register(config);
            if (curation != null) {
                curation.register(config);
            }
            config.routes.error(404, ctx -> {
                // The JSON API answers its own 404s in JSON.
                if (!ctx.path().startsWith(ApiRoutes.PAGE + "/")) {
                    notFound(ctx, pages);
                }
            });
            config.routes.exception(PageUnavailableException.class, (e, ctx) -> {
                LOG.warn("Request {} refused: {}", ctx.path(), e.getMessage());
                Freshness.forget(ctx);
                ctx.header("Retry-After", "10");
                ctx.status(503).html(pages.render("error", Map.of("title", "Try again in a moment",
                        "heading", "Try again in a moment", "message", e.getMessage())));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (StoreFailures.isUnreachable(e)) {
                    LOG.warn("Request {} refused: the data store is unreachable ({})", ctx.path(), StoreFailures.describe(e));
                    ctx.header("Retry-After", "10");
                    ctx.status(503).html(pages.render("error", Map.of("title", "Try again in a moment",
                            "heading", "The data store is unreachable", "message",
                            "The site cannot reach its data store at the moment; try again in a few seconds.")));
                    return;
                }
                LOG.error("Request {} failed", ctx.path(), e);
                ctx.status(500).html(pages.render("error", Map.of("title", "Something went wrong")));
            });
        });
    }

    /** GET and HEAD of what the site makes from the store; redirects, endpoints and files have validators of their own or none. */
    private static boolean validated(Context ctx) {
        String method = ctx.method().name();
        String path = ctx.path();
        return (method.equals("GET") || method.equals("HEAD"))
                && UNVALIDATED.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /**
     * Validators only for what is a current representation, and HTML always declared UTF-8 (the
     * templates write nothing else).
     */
    private static void finish(Context ctx, boolean signIns) {
        int status = ctx.statusCode();
        if (status >= 300 && status != 304) {
            Freshness.forget(ctx);
        }
        String type = ctx.res().getContentType();
        if (type != null && type.equalsIgnoreCase(Negotiation.HTML)) {
            ctx.contentType(Negotiation.HTML + "; charset=utf-8");
            if (signIns) {
                // The header names who is signed in: a copy made before signing in must not be shown after.
                String vary = ctx.res().getHeader("Vary");
                ctx.header("Vary", vary == null ? "Cookie" : vary + ", Cookie");
            }
        }
    }

    private static void favicon(Context ctx, String path) throws IOException {
        try (InputStream in = WebApp.class.getResourceAsStream("/public" + path)) {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType(path.endsWith(".svg") ? "image/svg+xml" : "image/x-icon").result(in.readAllBytes());
        }
    }

    /** The spreadsheet template, as a download: it changes with the application, not with the store. */
    private static void template(Context ctx) throws IOException {
        try (InputStream in = WebApp.class.getResourceAsStream("/spreadsheet/practices.csv")) {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.header("Content-Disposition", "attachment; filename=\"practices.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(in.readAllBytes());
        }
    }

    private static void notFound(Context ctx, Pages pages) {
        ctx.html(pages.render("not-found", Map.of("title", "Not found", "path", ctx.path(),
                "metaDescription", "There is no page at this address in the good-practice repository.")));
    }
}

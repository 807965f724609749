package org.goodpractice.server;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

import io.javalin.Javalin;
import org.eclipse.jetty.server.Handler;
import org.goodpractice.api.ApiRoutes;
import org.goodpractice.catalog.CaseStudyCatalog;
import org.goodpractice.catalog.PracticeCatalog;
import org.goodpractice.curation.Accounts;
import org.goodpractice.curation.PracticeEditor;
import org.goodpractice.curation.Sessions;
import org.goodpractice.curation.Workflow;
import org.goodpractice.history.RecordingDataset;
import org.goodpractice.ingest.Importer;
import org.goodpractice.linkeddata.ContentVersion;
import org.goodpractice.linkeddata.DatasetDescription;
import org.goodpractice.linkeddata.Dumps;
import org.goodpractice.linkeddata.ResourceDescriptions;
import org.goodpractice.linkeddata.SchemaOrg;
import org.goodpractice.search.SearchEngine;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.sparql.AdminService;
import org.goodpractice.sparql.LoginThrottle;
import org.goodpractice.sparql.SparqlService;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.web.BrowseRoutes;
import org.goodpractice.web.CaseStudyRoutes;
import org.goodpractice.web.DatasetRoutes;
import org.goodpractice.web.GatedStore;
import org.goodpractice.web.Health;
import org.goodpractice.web.HistoryRoutes;
import org.goodpractice.web.LinkedData;
import org.goodpractice.web.LinkedDataRoutes;
import org.goodpractice.web.PagePreparer;
import org.goodpractice.web.Pages;
import org.goodpractice.web.Paths;
import org.goodpractice.web.PracticePage;
import org.goodpractice.web.QueryForm;
import org.goodpractice.web.ResourcePaths;
import org.goodpractice.web.WebApp;
import org.goodpractice.web.curation.CurationRoutes;

/**
 * The parts of the repository over one store, made in the order they need each other, and the
 * Javalin app that routes to them. The embedded Fuseki endpoints are made on {@code background}
 * threads meanwhile ({@link LateHandler}): no page needs them, and they cost a second of a start.
 */
final class Site {
    /** A signed-in session ends after this long without a request. */
    private static final Duration SESSION_IDLE = Duration.ofHours(8);

    private final ServerSettings settings;
    private final SparqlStore store;
    private final String baseUri;
    private final ResourcePaths paths;
    private final Pages pages;
    private final Executor background;

    /** The app, and what the server starts and stops beside it. */
    record Parts(Javalin app, SearchIndex ownIndex, PagePreparer preparer) {
    }

    Site(ServerSettings settings, Executor background) {
        this.settings = requireNonNull(settings, "settings");
        this.store = requireNonNull(settings.store(), "store");
        this.baseUri = requireNonNull(settings.baseUri(), "baseUri");
        this.paths = new ResourcePaths(baseUri, settings.webAddress());
        this.pages = new Pages(paths::webUrl);
        this.background = requireNonNull(background, "background");
    }

    Parts assemble() {
        // Half a second on a cold JVM: compiled beside the start rather than in the first visitor's request.
        background.execute(() -> pages.prepare("practice"));
        Handler sparql = LateHandler.make("The SPARQL endpoint", this::sparqlEndpoint, background);
        SparqlStore site = GatedStore.over(store, settings.pageQueryTimeout(), settings.maxConcurrentPageQueries(), Duration.ofSeconds(2));
        QueryForm form = new QueryForm(GatedStore.over(store, settings.limits().queryTimeout(),
                settings.limits().maxConcurrentQueries(), Duration.ZERO));
        LinkedData linkedData = linkedData(site);
        CaseStudyRoutes caseStudies = new CaseStudyRoutes(new CaseStudyCatalog(site, baseUri), pages, linkedData.resources());
        SearchIndex index = settings.searchIndex() != null ? settings.searchIndex() : SearchIndex.build(store, baseUri);
        SearchEngine engine = new SearchEngine(index);
        BrowseRoutes browse = new BrowseRoutes(engine, site, pages, paths, settings.turtleDownloadLimit());
        PracticeCatalog catalog = new PracticeCatalog(site, baseUri);
        PracticePage practicePage = new PracticePage(catalog, linkedData.resources(), caseStudies, browse, pages, settings.pageCacheBytes());
        Importer writer = importer();
        HistoryRoutes history = settings.history() == null ? null
                : new HistoryRoutes(settings.history(), writer, catalog, practicePage, pages, baseUri);
        Javalin app = WebApp.create(practicePage, pages, sparql, linkedData, caseStudies, browse, site, form, paths,
                new ApiRoutes(engine, site, pages, paths), curation(writer, catalog, practicePage), history,
                new Health(store, index::version, System::nanoTime));
        PagePreparer preparer = settings.preparePages() ? new PagePreparer(practicePage, catalog, browse::contentVersion) : null;
        return new Parts(app, settings.searchIndex() == null ? index : null, preparer);
    }

    private Handler sparqlEndpoint() {
        return SparqlService.create().path(Paths.SPARQL).store(store).limits(settings.limits()).build();
    }

    private LinkedData linkedData(SparqlStore site) {
        ResourceDescriptions descriptions = new ResourceDescriptions(site);
        ContentVersion version = new ContentVersion(store::version);
        LinkedDataRoutes resources = new LinkedDataRoutes(descriptions, new SchemaOrg(baseUri), paths, pages);
        DatasetRoutes dataset = new DatasetRoutes(new DatasetDescription(site, baseUri, settings.limits()),
                new Dumps(store, version), descriptions, version, paths, settings.limits(), pages);
        AdminService.Builder admin = admin();
        return new LinkedData(resources, dataset, LateHandler.make("The admin endpoint", admin::build, background));
    }

    /** The admin endpoint's settings; its password file is read here, so that a bad one stops the start. */
    private AdminService.Builder admin() {
        AdminService.Builder admin = AdminService.create().path(Paths.ADMIN).baseUri(baseUri)
                .updateTimeout(settings.updateTimeout() != null ? settings.updateTimeout() : settings.limits().queryTimeout());
        store.writableDataset().map(d -> settings.history() == null ? d
                : new RecordingDataset(d, store, settings.history(), baseUri, Clock.systemUTC())).ifPresent(admin::dataset);
        if (settings.adminPasswordFile() != null) {
            admin.passwordFile(settings.adminPasswordFile());
        }
        return admin;
    }

    private Importer importer() {
        if (settings.importer() != null) {
            return settings.importer();
        }
        Importer made = new Importer(store, baseUri);
        return settings.history() == null ? made : made.history(settings.history());
    }

    private CurationRoutes curation(Importer writer, PracticeCatalog catalog, PracticePage practicePage) {
        if (settings.accounts() == null) {
            return null;
        }
        return new CurationRoutes(new Accounts(settings.accounts()), new Sessions(SESSION_IDLE), new LoginThrottle(Clock.systemUTC()),
                pages, paths.webAddress().startsWith("https:"))
                .submissions(new Workflow(settings.accounts().submissions(), writer, Clock.systemUTC()))
                .editing(new PracticeEditor(store, baseUri, writer), catalog, practicePage);
    }
}

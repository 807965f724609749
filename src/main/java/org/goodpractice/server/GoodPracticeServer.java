package org.goodpractice.server;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import org.eclipse.jetty.server.Handler;
import org.goodpractice.catalog.PracticeCatalog;
import org.goodpractice.search.SearchEngine;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.sparql.SparqlService;
import org.goodpractice.store.TdbStore;
import org.goodpractice.web.BrowseRoutes;
import org.goodpractice.web.Pages;
import org.goodpractice.web.Paths;
import org.goodpractice.web.WebApp;

/**
 * The whole repository on one port: HTML pages and the SPARQL endpoint over one TDB2 store.
 *
 * <pre>
 * GoodPracticeServer server = GoodPracticeServer.create()
 *         .store(TdbStore.open(Path.of("store")))
 *         .baseUri("http://localhost:8080/")
 *         .port(8080)
 *         .build()
 *         .start();
 * </pre>
 */
public final class GoodPracticeServer {
    private final Javalin app;
    private final int requestedPort;
    private final SearchIndex builtIndex;

    private GoodPracticeServer(Javalin app, int requestedPort, SearchIndex builtIndex) {
        this.app = app;
        this.requestedPort = requestedPort;
        this.builtIndex = builtIndex;
    }

    public static Builder create() {
        return new Builder();
    }

    public GoodPracticeServer start() {
        app.start(requestedPort);
        return this;
    }

    /** The port actually listened on (useful when 0 asked for any free port). */
    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
        if (builtIndex != null) {
            builtIndex.close();
        }
    }

    /** Assembles a server from its store, base URI and port. */
    public static final class Builder {
        private TdbStore store;
        private String baseUri;
        private int port = 8080;
        private SearchIndex searchIndex;

        private Builder() {
        }

        public Builder store(TdbStore store) {
            this.store = requireNonNull(store, "store");
            return this;
        }

        /** The base of every IRI the repository mints, ending in '/'. */
        public Builder baseUri(String baseUri) {
            requireNonNull(baseUri, "baseUri");
            if (!baseUri.endsWith("/")) {
                throw new IllegalArgumentException("Base URI must end with '/': " + baseUri);
            }
            this.baseUri = baseUri;
            return this;
        }

        /** The port to listen on; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * The search index of the store, when the caller keeps it in step with imports of its own;
         * by default one is built from the store.
         */
        public Builder searchIndex(SearchIndex searchIndex) {
            this.searchIndex = requireNonNull(searchIndex, "searchIndex");
            return this;
        }

        public GoodPracticeServer build() {
            requireNonNull(store, "store");
            requireNonNull(baseUri, "baseUri");
            Handler sparql = SparqlService.handler(Paths.SPARQL, store.datasetGraph());
            PracticeCatalog catalog = new PracticeCatalog(store, baseUri);
            SearchIndex index = searchIndex != null ? searchIndex : SearchIndex.build(store, baseUri);
            Pages pages = new Pages();
            BrowseRoutes browse = new BrowseRoutes(new SearchEngine(index), store, pages, baseUri);
            Javalin app = WebApp.create(catalog, pages, sparql, browse);
            return new GoodPracticeServer(app, port, searchIndex == null ? index : null);
        }
    }
}

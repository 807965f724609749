package org.goodpractice.server;

import static java.util.Objects.requireNonNull;

import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;

import org.goodpractice.curation.AccountStore;
import org.goodpractice.history.History;
import org.goodpractice.ingest.Importer;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.sparql.EndpointLimits;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.web.PracticePage;

/**
 * The whole repository on one port: HTML pages, linked-data documents, dumps, the public
 * SPARQL endpoint and (with a password) the admin endpoint, over one store: embedded TDB2 or a
 * remote SPARQL service shared with other nodes.
 *
 * <pre>
 * GoodPracticeServer server = GoodPracticeServer.create()
 *         .store(TdbStore.open(Path.of("store")))   // or RemoteStore.open(RemoteEndpoints.fuseki(url), interval)
 *         .baseUri("http://localhost:8080/")
 *         .port(8080)
 *         .queryTimeout(Duration.ofSeconds(10))
 *         .adminPasswordFile(Path.of("admin-password"))
 *         .accounts(TdbAccountStore.open(Path.of("store-curation")))   // sign-in and curation
 *         .build()
 *         .start();
 * </pre>
 */
public final class GoodPracticeServer {
    private final Site.Parts parts;
    private final int requestedPort;
    private final ServerSocketChannel channel;

    private GoodPracticeServer(Site.Parts parts, int requestedPort, ServerSocketChannel channel) {
        this.parts = parts;
        this.requestedPort = requestedPort;
        this.channel = channel;
    }

    public static Builder create() {
        return new Builder();
    }

    public GoodPracticeServer start() {
        if (channel != null) {
            ChannelConnector.add(parts.app().jettyServer().server(), channel);
        }
        parts.app().start(requestedPort);
        if (parts.preparer() != null) {
            parts.preparer().start();
        }
        return this;
    }

    /** The port actually listened on (useful when 0 asked for any free port). */
    public int port() {
        return parts.app().port();
    }

    public void stop() {
        if (parts.preparer() != null) {
            parts.preparer().close();
        }
        parts.app().stop();
        if (parts.ownIndex() != null) {
            parts.ownIndex().close();
        }
    }

    /** Assembles a server from its store, base URI and port. */
    public static final class Builder {
        private SparqlStore store;
        private String baseUri;
        private String webAddress;
        private int port = 8080;
        private EndpointLimits limits = EndpointLimits.DEFAULT;
        private Path adminPasswordFile;
        private SearchIndex searchIndex;
        private boolean preparePages = true;
        private long pageCacheBytes = PracticePage.CACHE_BYTES;
        private Duration pageQueryTimeout = Duration.ofSeconds(15);
        private Duration updateTimeout;
        private int maxConcurrentPageQueries = 8;
        private int turtleDownloadLimit = 500;
        private ServerSocketChannel channel;
        private AccountStore accounts;
        private History history;
        private Importer importer;

        private Builder() {
        }

        /** The store served: embedded TDB2 ({@code TdbStore}) or a remote SPARQL service ({@code RemoteStore}). */
        public Builder store(SparqlStore store) {
            this.store = requireNonNull(store, "store");
            return this;
        }

        /** The base of every IRI the repository mints, ending in '/'. */
        public Builder baseUri(String baseUri) {
            this.baseUri = endingInSlash(baseUri, "Base URI");
            return this;
        }

        /**
         * Where this node is served, ending in '/', when not at the base URI: pages, redirects and
         * absolute URLs use it, while IRIs in RDF stay under the base URI. Default: the base URI.
         */
        public Builder webAddress(String webAddress) {
            this.webAddress = endingInSlash(webAddress, "Web address");
            return this;
        }

        private static String endingInSlash(String uri, String what) {
            requireNonNull(uri, what);
            if (!uri.endsWith("/")) {
                throw new IllegalArgumentException(what + " must end with '/': " + uri);
            }
            return uri;
        }

        /** The port to listen on; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Listens on this already bound channel instead of {@link #port}: a caller that must know
         * the port before the server is built (its base URI names it) binds port 0 itself, with
         * no gap in which another process could take the port.
         */
        public Builder listenOn(ServerSocketChannel channel) {
            this.channel = requireNonNull(channel, "channel");
            return this;
        }

        /** How long a public SPARQL query may run before it is stopped. Default: 10 s. */
        public Builder queryTimeout(Duration timeout) {
            this.limits = limits.withQueryTimeout(requireNonNull(timeout, "timeout"));
            return this;
        }

        /** The most solutions a public SPARQL query returns. Default: 10,000. */
        public Builder resultLimit(long limit) {
            this.limits = limits.withResultLimit(limit);
            return this;
        }

        /** How many public SPARQL requests may run at once; more get 503. Default: 4. */
        public Builder maxConcurrentQueries(int max) {
            this.limits = limits.withMaxConcurrentQueries(max);
            return this;
        }

        /** How long an admin update may evaluate before it is rolled back; by default the query timeout. */
        public Builder updateTimeout(Duration timeout) {
            this.updateTimeout = requireNonNull(timeout, "timeout");
            return this;
        }

        /** Enables SPARQL Update and Graph Store writes at /admin for user admin with the password in this file. */
        public Builder adminPasswordFile(Path file) {
            this.adminPasswordFile = requireNonNull(file, "file");
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

        /**
         * Whether every practice page is prepared in the background after start and after each
         * change of the store, so that no visitor waits for a first view. Default: true.
         */
        public Builder preparePages(boolean prepare) {
            this.preparePages = prepare;
            return this;
        }

        /** The heap the cache of practice page models may take, estimated; beyond it pages are made on demand. Default: 96 MiB. */
        public Builder pageCacheBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the page cache needs some room: " + bytes);
            }
            this.pageCacheBytes = bytes;
            return this;
        }

        /** How long one of the site's own page, document or download queries may run; past it the visitor gets 503. Default: 15 s. */
        public Builder pageQueryTimeout(Duration timeout) {
            this.pageQueryTimeout = requireNonNull(timeout, "timeout");
            return this;
        }

        /** How many of the site's own queries may run at once; a query that waits 2 s for its turn gets 503. Default: 8. */
        public Builder maxConcurrentPageQueries(int max) {
            this.maxConcurrentPageQueries = max;
            return this;
        }

        /** How many records a search's Turtle download ({@code /search.ttl}) may hold. Default: 500. */
        public Builder turtleDownloadLimit(int max) {
            this.turtleDownloadLimit = max;
            return this;
        }

        /**
         * Enables signing in (and so curation) with the accounts kept here, apart from the public
         * store. Without it the site has no accounts and no login page.
         */
        public Builder accounts(AccountStore accounts) {
            this.accounts = requireNonNull(accounts, "accounts");
            return this;
        }

        /**
         * Shows the versions kept here at {@code /practice/ID/history}, and keeps the practices
         * the curation workflow publishes as versions in it. Without it no history is kept or shown.
         */
        public Builder history(History history) {
            this.history = requireNonNull(history, "history");
            return this;
        }

        /**
         * The importer the site writes records with (publications, reverts), so that the server
         * has one importer and one checker however many ways records come in; it should keep its
         * versions in the {@link #history} given. By default one over the store, keeping them there.
         */
        public Builder importer(Importer importer) {
            this.importer = requireNonNull(importer, "importer");
            return this;
        }

        /**
         * Assembles the site over the store ({@link Site}) and starts making its SPARQL and admin
         * endpoints in the background; the server answers once {@link GoodPracticeServer#start started}.
         */
        public GoodPracticeServer build() {
            requireNonNull(store, "store");
            requireNonNull(baseUri, "baseUri");
            ServerSettings settings = new ServerSettings(store, baseUri, webAddress != null ? webAddress : baseUri, limits,
                    adminPasswordFile, searchIndex, preparePages, pageCacheBytes, pageQueryTimeout, updateTimeout,
                    maxConcurrentPageQueries, turtleDownloadLimit, accounts, history, importer);
            return new GoodPracticeServer(new Site(settings, GoodPracticeServer::inBackground).assemble(), port, channel);
        }
    }

    /** A daemon thread per task: the few that a start hands off end when their task does. */
    private static void inBackground(Runnable task) {
        Thread thread = new Thread(task, "server-start");
        thread.setDaemon(true);
        thread.start();
    }
}

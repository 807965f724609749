package org.goodpractice.cli;

import java.nio.file.Path;
import java.time.Duration;

import org.goodpractice.history.TdbHistory;
import org.goodpractice.store.Engine;
import org.goodpractice.store.RemoteEndpoints;
import org.goodpractice.store.RemoteStore;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.store.TdbStore;
import picocli.CommandLine.Option;

/**
 * The options every command shares: where the store is (an embedded TDB2 directory, or a remote
 * SPARQL service) and the base of minted IRIs.
 */
final class StoreOptions {
    static final String DEFAULT_BASE = "http://localhost:8080/";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store directory (created if missing). Default: ${DEFAULT-VALUE}")
    Path store;

    @Option(names = "--base-uri", paramLabel = "URI",
            description = "Base of every IRI minted, ending in '/'. Default: http://localhost:PORT/ for serve, "
                    + DEFAULT_BASE + " otherwise")
    String baseUri;

    @Option(names = "--sparql-endpoint", paramLabel = "URL",
            description = "Use the remote SPARQL store whose dataset is at URL (Fuseki layout: URL/sparql, "
                    + "URL/update, URL/data) instead of --store")
    String sparqlEndpoint;

    @Option(names = "--query-url", paramLabel = "URL", description = "The remote store's SPARQL Query URL, when not URL/sparql")
    String queryUrl;

    @Option(names = "--update-url", paramLabel = "URL", description = "The remote store's SPARQL Update URL, when not URL/update")
    String updateUrl;

    @Option(names = "--gsp-url", paramLabel = "URL", description = "The remote store's Graph Store Protocol URL, when not URL/data")
    String gspUrl;

    @Option(names = "--store-credentials", paramLabel = "FILE",
            description = "HTTP credentials (basic or digest) for the remote store: user:password on the first line of FILE")
    Path credentials;

    @Option(names = "--store-engine", paramLabel = "ENGINE", defaultValue = "jena",
            description = "The remote store's engine, for its differences from plain SPARQL 1.1: jena (Fuseki) or "
                    + "virtuoso. Default: ${DEFAULT-VALUE}")
    String engine;

    @Option(names = "--store-poll-interval", paramLabel = "SECONDS", defaultValue = "2",
            description = "How often a remote store's version is read to find other processes' changes. Default: ${DEFAULT-VALUE}")
    double pollSeconds;

    String baseUriOr(String fallback) {
        String base = baseUri != null ? baseUri : fallback;
        return base.endsWith("/") ? base : base + "/";
    }

    /** The --base-uri given, ending in '/', or null. */
    String givenBase() {
        return baseUri == null ? null : baseUriOr(baseUri);
    }

    /**
     * The history of versions: {@code given}, else STORE-history beside an embedded store; null
     * (no history kept) for a remote store without one given.
     */
    TdbHistory openHistory(Path given) {
        if (given == null && remote()) {
            return null;
        }
        return TdbHistory.open(given != null ? given : AccountOptions.beside(store, "-history"));
    }

    boolean remote() {
        return sparqlEndpoint != null || queryUrl != null;
    }

    /** Opens the store the options name: remote when an endpoint is given, else the TDB2 directory. */
    SparqlStore open() {
        if (!remote()) {
            return TdbStore.open(store);
        }
        RemoteEndpoints endpoints = sparqlEndpoint != null ? RemoteEndpoints.fuseki(sparqlEndpoint)
                : new RemoteEndpoints(queryUrl, require(updateUrl, "--update-url"), require(gspUrl, "--gsp-url"), null, null);
        if (queryUrl != null) {
            endpoints = endpoints.withQueryUrl(queryUrl);
        }
        if (updateUrl != null) {
            endpoints = endpoints.withUpdateUrl(updateUrl);
        }
        if (gspUrl != null) {
            endpoints = endpoints.withGspUrl(gspUrl);
        }
        if (credentials != null) {
            endpoints = endpoints.credentials(credentials);
        }
        endpoints = endpoints.withEngine(Engine.parse(engine));
        return RemoteStore.open(endpoints, Duration.ofMillis(Math.max(100, (long) (pollSeconds * 1000))));
    }

    /** Where the store is, for messages (never with credentials). */
    String describe() {
        return remote() ? (sparqlEndpoint != null ? sparqlEndpoint : queryUrl) : store.toAbsolutePath().toString();
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException("--query-url without --sparql-endpoint needs " + option + " too");
        }
        return value;
    }
}

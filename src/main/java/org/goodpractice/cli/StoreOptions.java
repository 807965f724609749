package org.goodpractice.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options every command shares: where the store is and the base of minted IRIs. */
final class StoreOptions {
    static final String DEFAULT_BASE = "http://localhost:8080/";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store directory (created if missing). Default: ${DEFAULT-VALUE}")
    Path store;

    @Option(names = "--base-uri", paramLabel = "URI",
            description = "Base of every IRI minted, ending in '/'. Default: http://localhost:PORT/ for serve, "
                    + DEFAULT_BASE + " otherwise")
    String baseUri;

    String baseUriOr(String fallback) {
        String base = baseUri != null ? baseUri : fallback;
        return base.endsWith("/") ? base : base + "/";
    }
}

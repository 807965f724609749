package org.goodpractice.server;

import java.nio.file.Path;
import java.time.Duration;

import org.goodpractice.curation.AccountStore;
import org.goodpractice.history.History;
import org.goodpractice.ingest.Importer;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.sparql.EndpointLimits;
import org.goodpractice.store.SparqlStore;

/**
 * What {@link GoodPracticeServer.Builder} was told, as {@link Site} assembles it; the optional
 * parts ({@code adminPasswordFile}, {@code searchIndex}, {@code updateTimeout}, {@code accounts},
 * {@code history}, {@code importer}) are null when not given, and {@code webAddress} is the base
 * URI when not given.
 */
record ServerSettings(SparqlStore store, String baseUri, String webAddress, EndpointLimits limits, Path adminPasswordFile,
        SearchIndex searchIndex, boolean preparePages, long pageCacheBytes, Duration pageQueryTimeout, Duration updateTimeout,
        int maxConcurrentPageQueries, int turtleDownloadLimit, AccountStore accounts, History history, Importer importer) {
}

package org.goodpractice.sparql;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * What the public SPARQL endpoint allows one client: how long a query may run, how many rows
 * (solutions) it may return, and how many queries may run at once before others are turned away.
 *
 * <pre>
 * EndpointLimits limits = new EndpointLimits(Duration.ofSeconds(10), 10_000, 4);
 * </pre>
 */
public record EndpointLimits(Duration queryTimeout, long resultLimit, int maxConcurrentQueries) {
    public static final EndpointLimits DEFAULT = new EndpointLimits(Duration.ofSeconds(10), 10_000, 4);
    /** The largest request body (and query text) either endpoint accepts: 256 KB. */
    public static final int MAX_REQUEST_BYTES = 256 * 1024;

    public EndpointLimits {
        requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("Query timeout must be positive: " + queryTimeout);
        }
        if (resultLimit < 1) {
            throw new IllegalArgumentException("Result limit must be at least 1: " + resultLimit);
        }
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("Concurrent queries must be at least 1: " + maxConcurrentQueries);
        }
    }

    public EndpointLimits withQueryTimeout(Duration timeout) {
        return new EndpointLimits(timeout, resultLimit, maxConcurrentQueries);
    }

    public EndpointLimits withResultLimit(long limit) {
        return new EndpointLimits(queryTimeout, limit, maxConcurrentQueries);
    }

    public EndpointLimits withMaxConcurrentQueries(int max) {
        return new EndpointLimits(queryTimeout, resultLimit, max);
    }
}

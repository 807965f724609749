package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

import io.javalin.http.Context;
import org.goodpractice.store.SparqlStore;

/**
 * HTTP validators for pages and documents (RFC 9110, section 8.8 and 13): what they show follows
 * from the store's content, the request's URL and {@code Accept}, and the running build, so the
 * weak {@code ETag} is made of the store version, a start-up stamp (a restart may serve other
 * templates over the same store) and a hash of {@code Accept}; {@code Last-Modified} is when this
 * server first saw the version. A client whose copy is current gets 304 Not Modified before any
 * page is made.
 *
 * <pre>
 * Freshness freshness = new Freshness(store);
 * if (!freshness.notModified(ctx)) { ctx.html(page); }
 * </pre>
 */
final class Freshness {
    static final String CACHE_CONTROL = "public, max-age=60";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final SparqlStore store;
    private final String started = Long.toString(System.currentTimeMillis(), 36);
    private long seenVersion = Long.MIN_VALUE;
    private Instant seenAt;

    Freshness(SparqlStore store) {
        this.store = requireNonNull(store, "store");
    }

    /**
     * Sets {@code ETag}, {@code Last-Modified} and {@code Cache-Control}; when the request's
     * {@code If-None-Match} (or, without it, {@code If-Modified-Since}) says the client's copy is
     * current, answers 304 and returns true.
     */
    boolean notModified(Context ctx) {
        long version = store.version();
        Instant modified = modifiedAt(version);
        String etag = "W/\"" + Long.toString(version, 36) + "-" + started + "-"
                + Integer.toHexString(Objects.hashCode(ctx.header("Accept"))) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", HTTP_DATE.format(modified));
        ctx.header("Cache-Control", CACHE_CONTROL);
        if (current(ctx, etag, modified)) {
            ctx.status(304);
            return true;
        }
        return false;
    }

    /** Drops the validators again, for a response that turned out an error or a redirect. */
    static void forget(Context ctx) {
        ctx.res().setHeader("ETag", null);
        ctx.res().setHeader("Last-Modified", null);
        ctx.res().setHeader("Cache-Control", null);
    }

    private synchronized Instant modifiedAt(long version) {
        if (version != seenVersion) {
            seenVersion = version;
            seenAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        return seenAt;
    }

    /** RFC 9110 section 13.2.2: If-None-Match decides when present (weak comparison), else If-Modified-Since. */
    private static boolean current(Context ctx, String etag, Instant modified) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            String opaque = etag.substring(2);
            return Stream.of(ifNoneMatch.split(",")).map(String::trim)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals(opaque));
        }
        String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            return !modified.isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince.trim())));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

import io.javalin.http.Context;
import org.goodpractice.store.SparqlStore;

/**
 * What a load balancer asks a node at {@code GET /health}: whether its store answers (200, or
 * 503 with the reason) and how far its search index is behind the store, in store versions
 * ({@code ?} while the index holds no version of this store) and in seconds since the change it
 * has not taken yet. A lagging index still answers 200: searches are
 * served from the last commit while it catches up, and taking every node out during a large
 * import would leave no node at all.
 *
 * <pre>
 * Health health = new Health(store, index::version, System::nanoTime);
 * // 200 "ok\nstore: reachable, version 42\nindex: version 41, lag 1 versions, 0.8 s\n"
 * health.answer(ctx);
 * </pre>
 */
public final class Health {
    private final SparqlStore store;
    private final LongSupplier indexVersion;
    private final LongSupplier nanoTime;
    private final Object lock = new Object();
    private long behindSince;
    private boolean behind;

    /**
     * @param indexVersion the store version the search index reflects
     * @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public Health(SparqlStore store, LongSupplier indexVersion, LongSupplier nanoTime) {
        this.store = requireNonNull(store, "store");
        this.indexVersion = requireNonNull(indexVersion, "indexVersion");
        this.nanoTime = requireNonNull(nanoTime, "nanoTime");
        // The lag is timed from the change the index has not taken yet, not from the first check that saw it.
        store.onChange(version -> lag(version, indexVersion.getAsLong()));
    }

    /** The status line and body {@code /health} answers with. */
    public Report report() {
        Optional<String> unreachable = store.unreachable();
        if (unreachable.isPresent()) {
            return new Report(503, "store unreachable: " + unreachable.get() + "\n");
        }
        long storeVersion = store.version();
        long indexed = indexVersion.getAsLong();
        double seconds = lag(storeVersion, indexed) / 1e9;
        // Versions count up from a start of their own; an index of no version of this store cannot say by how many.
        String versions = indexed >= 0 && indexed <= storeVersion ? Long.toString(storeVersion - indexed) : "?";
        return new Report(200, String.format(Locale.ROOT, "ok\nstore: reachable, version %d\nindex: version %d, lag %s versions, %.1f s\n",
                storeVersion, indexed, versions, seconds));
    }

    /** Answers {@code ctx} with the report, never cached. */
    public void answer(Context ctx) {
        requireNonNull(ctx, "ctx");
        Report report = report();
        ctx.header("Cache-Control", "no-store");
        ctx.status(report.status()).contentType("text/plain; charset=utf-8").result(report.body());
    }

    /** Nanoseconds the index has been behind, 0 when it is current. */
    private long lag(long storeVersion, long indexed) {
        synchronized (lock) {
            if (indexed == storeVersion) {
                behind = false;
                return 0;
            }
            long now = nanoTime.getAsLong();
            if (!behind) {
                behind = true;
                behindSince = now;
            }
            return Math.max(0, now - behindSince);
        }
    }

    /** An HTTP status and a plain-text body. */
    public record Report(int status, String body) {
        public Report {
            requireNonNull(body, "body");
        }
    }
}

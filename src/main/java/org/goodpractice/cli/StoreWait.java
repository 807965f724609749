package org.goodpractice.cli;

import java.io.PrintWriter;

import org.goodpractice.store.SparqlStore;
import org.goodpractice.store.StoreFailures;

/** Waits for a store that does not answer yet (a remote store still starting), saying so once per reason. */
final class StoreWait {
    private static final long RETRY_MILLIS = 2_000;

    private StoreWait() {
    }

    /** Returns once {@code store} answers a query, printing a line to {@code err} whenever the reason it does not changes. */
    static void untilReachable(SparqlStore store, String where, PrintWriter err) throws InterruptedException {
        String last = null;
        while (true) {
            try {
                store.isEmpty();
                if (last != null) {
                    err.printf("The data store at %s answers now.%n", where);
                    err.flush();
                }
                return;
            } catch (RuntimeException e) {
                String why = StoreFailures.describe(e);
                if (!why.equals(last)) {
                    err.printf("The data store at %s is unreachable (%s); retrying every %d s.%n", where, why,
                            RETRY_MILLIS / 1000);
                    err.flush();
                    last = why;
                }
                Thread.sleep(RETRY_MILLIS);
            }
        }
    }
}

package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.goodpractice.catalog.PracticeCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the page of every practice in the background, so that a visitor's first view of a
 * practice costs what a repeat view does: a cache lookup and a render. A pass runs soon after the
 * server starts and again after every change of the store (an import, an admin write), found by
 * polling its version; a pass that sees the version move stops, and the next one starts over.
 *
 * <pre>
 * PagePreparer preparer = new PagePreparer(practicePage, catalog, browse::contentVersion);
 * preparer.start();
 * </pre>
 */
public final class PagePreparer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PagePreparer.class);
    private static final long POLL_SECONDS = 5;

    private final PracticePage page;
    private final PracticeCatalog catalog;
    private final LongSupplier version;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "page-preparer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;
    private long preparedVersion = -1;

    public PagePreparer(PracticePage page, PracticeCatalog catalog, LongSupplier version) {
        this.page = requireNonNull(page, "page");
        this.catalog = requireNonNull(catalog, "catalog");
        this.version = requireNonNull(version, "version");
    }

    /**
     * Starts the first pass after one poll interval and looks for changes every few seconds after it: the
     * pass begins by reading every practice's id, which on two cores doubled the time a restarted server
     * took to answer its first page.
     */
    public void start() {
        executor.scheduleWithFixedDelay(this::prepareSafely, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Prepares the page of every practice (until the page cache is full) unless this version
     * of the store was prepared already.
     *
     * @return how many pages this pass prepared
     */
    int prepare() {
        long now = version.getAsLong();
        if (now == preparedVersion) {
            return 0;
        }
        long start = System.nanoTime();
        List<String> ids = catalog.ids();
        int prepared = 0;
        for (String id : ids) {
            if (closed || version.getAsLong() != now) {
                return prepared;
            }
            if (page.cacheFull()) {
                break;
            }
            page.page(id);
            prepared++;
        }
        preparedVersion = now;
        LOG.info("Prepared {} practice pages in {} ms ({} of {} practices, page cache full: {})", prepared,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), prepared, ids.size(), page.cacheFull());
        return prepared;
    }

    private void prepareSafely() {
        try {
            prepare();
        } catch (RuntimeException e) {
            // Pages are still made on demand; the next pass tries again.
            LOG.warn("Preparing practice pages failed: {}", e.getMessage(), e);
        }
    }

    /**
     * Stops after the page being prepared and waits for it, so that the store can be closed next.
     * The thread is not interrupted: an interrupt during a TDB2 file read closes the file channel
     * under every other reader of the store.
     */
    @Override
    public void close() {
        closed = true;
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

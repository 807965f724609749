package org.goodpractice.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The files of an import run checked ahead of their turn on every core and handed out in file
 * order: parsing, mapping and validating records is most of an import's work, while the store
 * takes one writer. A run of one file is checked in the caller's thread.
 */
final class CheckedAhead implements AutoCloseable {
    /** Files checked ahead per thread, enough to keep each busy while the writer takes a batch. */
    private static final int AHEAD_PER_THREAD = 16;

    private final Iterator<Path> files;
    private final Function<Path, ImportRun.Ahead> check;
    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<ImportRun.Ahead>> queue = new ArrayDeque<>();

    CheckedAhead(List<Path> files, Function<Path, ImportRun.Ahead> check) {
        this.files = files.iterator();
        this.check = check;
        int threads = files.size() < 2 ? 0 : Runtime.getRuntime().availableProcessors();
        this.pool = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import-check");
            t.setDaemon(true);
            return t;
        });
        this.window = Math.max(1, threads * AHEAD_PER_THREAD);
    }

    boolean hasNext() {
        return !queue.isEmpty() || files.hasNext();
    }

    /** The next file in order, checked. */
    ImportRun.Ahead next() {
        while (queue.size() < window && files.hasNext()) {
            Path file = files.next();
            queue.add(pool == null ? CompletableFuture.completedFuture(check.apply(file)) : pool.submit(() -> check.apply(file)));
        }
        try {
            return queue.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            // What checking a file throws (rather than reports) stops the import, as it did when checked in turn.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

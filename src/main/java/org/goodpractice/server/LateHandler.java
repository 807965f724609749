package org.goodpractice.server;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Jetty handler made on a background thread while the rest of the server is built, and
 * started there once the server is: the embedded Fuseki endpoints take a second or more of class
 * loading and set-up at every start, which no page needs. A request that comes before the
 * handler is ready waits for it; one that would wait longer than {@link #WAIT_SECONDS} is
 * answered 503, and every request is answered 500 if the handler could not be made.
 *
 * <pre>
 * Handler sparql = LateHandler.make("The SPARQL endpoint", () -&gt; SparqlService.create()...build(), background);
 * </pre>
 */
final class LateHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(LateHandler.class);
    static final long WAIT_SECONDS = 30;

    private final String what;
    private final CompletableFuture<Handler> made;
    private final Executor background;
    private volatile CompletableFuture<Handler> started;

    private LateHandler(String what, CompletableFuture<Handler> made, Executor background) {
        this.what = what;
        this.made = made;
        this.background = background;
    }

    /** Starts making the handler on {@code background} now. */
    static LateHandler make(String what, Supplier<Handler> maker, Executor background) {
        requireNonNull(what, "what");
        requireNonNull(maker, "maker");
        requireNonNull(background, "background");
        CompletableFuture<Handler> made = CompletableFuture.supplyAsync(maker, background);
        made.whenComplete((handler, failure) -> {
            if (failure != null) {
                LOG.error("{} could not be made; it answers 500 until the server is restarted", what, failure);
            }
        });
        return new LateHandler(what, made, background);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Server server = getServer();
        started = made.thenApplyAsync(handler -> {
            handler.setServer(server);
            LifeCycle.start(handler);
            return handler;
        }, background);
    }

    @Override
    protected void doStop() throws Exception {
        CompletableFuture<Handler> running = started;
        if (running != null) {
            // One still being made is stopped once it has started.
            running.thenAccept(handler -> LifeCycle.stop(handler));
        }
        super.doStop();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Handler handler;
        try {
            handler = started.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            Response.writeError(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503,
                    what + " is still starting; try again in a moment.");
            return true;
        } catch (ExecutionException e) {
            Response.writeError(request, response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500,
                    what + " could not be started; see the server's log.");
            return true;
        }
        return handler.handle(request, response, callback);
    }
}

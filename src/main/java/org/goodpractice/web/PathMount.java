package org.goodpractice.web;

import java.util.function.Predicate;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * Hands requests under one path prefix that {@code accepts} picks to another handler (the
 * embedded Fuseki) and every other request to the handler it wraps (Javalin). Javalin's own
 * before/after handlers and request log therefore do not see the mounted requests.
 */
final class PathMount extends Handler.Wrapper {
    private final String prefix;
    private final Handler mounted;
    private final Predicate<Request> accepts;

    private PathMount(String prefix, Handler mounted, Predicate<Request> accepts, Handler rest) {
        super(rest);
        this.prefix = prefix;
        this.mounted = mounted;
        this.accepts = accepts;
    }

    /** Puts {@code mounted} in front of whatever {@code server} handles now, for the requests under {@code prefix} it accepts. */
    static void mount(Server server, String prefix, Handler mounted, Predicate<Request> accepts) {
        PathMount mount = new PathMount(prefix, mounted, accepts, server.getHandler());
        mounted.setServer(server);
        server.setHandler(mount);
        // Started and stopped with the server, like the handlers it serves beside.
        server.addBean(mounted, true);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if ((path.equals(prefix) || path.startsWith(prefix + "/")) && accepts.test(request)) {
            return mounted.handle(request, response, callback);
        }
        return super.handle(request, response, callback);
    }
}

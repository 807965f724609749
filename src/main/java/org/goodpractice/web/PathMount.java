package org.goodpractice.web;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * Hands requests under one path prefix to another handler (the embedded Fuseki) and every
 * other request to the handler it wraps (Javalin). Javalin's own before/after handlers and
 * request log therefore do not see the mounted paths.
 */
final class PathMount extends Handler.Wrapper {
    private final String prefix;
    private final Handler mounted;

    private PathMount(String prefix, Handler mounted, Handler rest) {
        super(rest);
        this.prefix = prefix;
        this.mounted = mounted;
    }

    /** Puts {@code mounted} in front of whatever {@code server} handles now, for paths under {@code prefix}. */
    static void mount(Server server, String prefix, Handler mounted) {
        PathMount mount = new PathMount(prefix, mounted, server.getHandler());
        mounted.setServer(server);
        server.setHandler(mount);
        // Started and stopped with the server, like the handlers it serves beside.
        server.addBean(mounted, true);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (path.equals(prefix) || path.startsWith(prefix + "/")) {
            return mounted.handle(request, response, callback);
        }
        return super.handle(request, response, callback);
    }
}

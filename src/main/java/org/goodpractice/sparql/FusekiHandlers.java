package org.goodpractice.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;

/**
 * Builds a Fuseki server for one data service, with none of Fuseki's own admin extras (ping,
 * stats, metrics, tasks, compact), and takes its servlet handler out to mount elsewhere. The
 * server itself is never started.
 */
final class FusekiHandlers {
    private FusekiHandlers() {
    }

    /**
     * The handler serving {@code service} at {@code path}, with no CORS of Fuseki's (whose filter
     * lets any origin send credentials), forms no larger than the body cap and text RDF answers
     * that name their charset, and error answers to requests with a body that close the connection.
     */
    static Handler serve(String path, DataService service) {
        FusekiServer fuseki = FusekiServer.create()
                .add(path, service)
                .enableCors(false, null)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                .enableTasks(false)
                .enableCompact(false)
                .addFilter("/*", new Utf8RdfTypes())
                .addFilter("/*", new CloseAfterRefusal())
                .build();
        fuseki.getJettyServer().getDescendant(ServletContextHandler.class).setMaxFormContentSize(EndpointLimits.MAX_REQUEST_BYTES);
        Handler handler = fuseki.getJettyServer().getHandler();
        fuseki.getJettyServer().setHandler((Handler) null);
        return handler;
    }
}

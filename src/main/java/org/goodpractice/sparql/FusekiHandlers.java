package org.goodpractice.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.eclipse.jetty.server.Handler;

/**
 * Builds a Fuseki server for one data service, with none of Fuseki's own admin extras (ping,
 * stats, metrics, tasks, compact), and takes its servlet handler out to mount elsewhere. The
 * server itself is never started.
 */
final class FusekiHandlers {
    private FusekiHandlers() {
    }

    /** The handler serving {@code service} at {@code path}; {@code cors} lets browsers on any origin call it. */
    static Handler serve(String path, DataService service, boolean cors) {
        FusekiServer fuseki = FusekiServer.create()
                .add(path, service)
                .enableCors(cors, null)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                .enableTasks(false)
                .enableCompact(false)
                .build();
        Handler handler = fuseki.getJettyServer().getHandler();
        fuseki.getJettyServer().setHandler((Handler) null);
        return handler;
    }
}

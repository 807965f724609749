package org.goodpractice.sparql;

import static java.util.Objects.requireNonNull;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Handler;

/**
 * The public, read-only SPARQL 1.1 endpoint: an embedded Fuseki whose servlet handler is mounted
 * into the web server, so {@code {base}sparql} answers queries (GET and POST) and Graph Store
 * reads on the same port as the HTML. The Fuseki server itself is built but never started.
 *
 * <pre>
 * Handler sparql = SparqlService.handler("/sparql", store.datasetGraph());
 * </pre>
 */
public final class SparqlService {
    private SparqlService() {
    }

    /** A Jetty handler serving {@code dataset} read-only at {@code path}. */
    public static Handler handler(String path, DatasetGraph dataset) {
        requireNonNull(path, "path");
        requireNonNull(dataset, "dataset");
        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .build();
        FusekiServer fuseki = FusekiServer.create()
                .add(path, service)
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

package org.goodpractice.sparql;

import static java.util.Objects.requireNonNull;

import java.util.Set;

import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Handler;
import org.goodpractice.store.SparqlStore;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * The public, read-only SPARQL 1.1 endpoint: an embedded Fuseki whose servlet handler is mounted
 * into the web server, so {@code {base}sparql} answers queries (GET and POST) and Graph Store
 * reads on the same port as the HTML. The Fuseki server itself is built but never started.
 * Queries stop at a timeout, return at most a set number of solutions, cannot reach out with
 * SERVICE, and only a few run at once; browsers may call it from any origin (CORS).
 *
 * <pre>
 * Handler sparql = SparqlService.create()
 *         .path("/sparql")
 *         .store(store)
 *         .limits(EndpointLimits.DEFAULT)
 *         .build();
 * </pre>
 */
public final class SparqlService {
    private static final Set<String> PROTOCOL_PARAMETERS = Set.of("query", "update", "graph", "default");

    private SparqlService() {
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * True for requests the SPARQL or Graph Store protocol must answer; false for a plain GET of
     * the endpoint, which the web app answers with the service description.
     */
    public static boolean isProtocolRequest(Request request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return true;
        }
        Fields parameters = Request.extractQueryParameters(request);
        return PROTOCOL_PARAMETERS.stream().anyMatch(name -> parameters.get(name) != null);
    }

    /** Assembles the endpoint handler from its path, dataset and limits. */
    public static final class Builder {
        private String path;
        private DatasetGraph dataset;
        private SparqlStore remote;
        private EndpointLimits limits = EndpointLimits.DEFAULT;

        private Builder() {
        }

        /** Where the endpoint is mounted, e.g. {@code /sparql}. */
        public Builder path(String path) {
            this.path = requireNonNull(path, "path");
            return this;
        }

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = requireNonNull(dataset, "dataset");
            return this;
        }

        /**
         * Serves {@code store}: in-process on its embedded dataset when it has one, otherwise by
         * forwarding each checked and capped query to the remote store, under the same deadline.
         */
        public Builder store(SparqlStore store) {
            requireNonNull(store, "store");
            store.embeddedDataset().ifPresentOrElse(this::dataset, () -> {
                this.remote = store;
                this.dataset = DatasetGraphFactory.empty();
            });
            return this;
        }

        public Builder limits(EndpointLimits limits) {
            this.limits = requireNonNull(limits, "limits");
            return this;
        }

        /** A Jetty handler serving the dataset read-only at the path. */
        public Handler build() {
            requireNonNull(path, "path");
            requireNonNull(dataset, "dataset");
            Context context = hardenedContext(limits);
            DataService.Builder service = DataService.newBuilder(dataset)
                    .addEndpoint(Endpoint.create().operation(Operation.Query).context(context)
                            .processor(new BoundedQuery(limits, remote)).build());
            if (remote == null) {
                // Graph Store reads of a remote store are for its own /data endpoint, not forwarded.
                service.addEndpoint(Endpoint.create().operation(Operation.GSP_R).context(context).build());
            }
            return new OpenCors(new RequestBodyCap(new ClientFormats(
                    new QueryGate(FusekiHandlers.serve(path, service.build()), limits.maxConcurrentQueries()))));
        }

        private static Context hardenedContext(EndpointLimits limits) {
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(limits.queryTimeout().toMillis()));
            // The server must never be made to fetch URLs of a client's choosing.
            context.set(ARQ.httpServiceAllowed, false);
            return context;
        }
    }
}

package org.goodpractice.sparql;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Symbol;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EndPoint;
import org.goodpractice.store.SparqlStore;

/**
 * Fuseki's query operation with its work bounded: the query text is checked for length and
 * nesting before it is parsed; one deadline, counted from the arrival of the request, covers
 * parsing and evaluation, regular expressions included ({@link BoundedRegex}); and a query
 * without LIMIT, or with a larger one, runs with {@code LIMIT resultLimit}, which the response
 * states in an {@code X-Result-Limit} header; and a query whose client has gone is stopped
 * ({@link ClientWatch}). Fuseki has no setting for any of these.
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    static final String HEADER = "X-Result-Limit";
    private static final Symbol DEADLINE = Symbol.create("urn:x-goodpractice:deadline");
    private static final Symbol WATCH = Symbol.create("urn:x-goodpractice:client-watch");

    private final EndpointLimits limits;
    private final SparqlStore remote;

    /** Queries evaluated in-process, or forwarded to {@code remote} when it is not null. */
    BoundedQuery(EndpointLimits limits, SparqlStore remote) {
        this.limits = limits;
        this.remote = remote;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        String problem = QueryText.problem(queryString);
        if (problem != null) {
            ServletOps.error(queryString.length() > QueryText.MAX_LENGTH ? HttpStatus.PAYLOAD_TOO_LARGE_413 : HttpStatus.BAD_REQUEST_400,
                    problem);
        }
        long arrived = ServletContextRequest.getServletContextRequest(action.getRequest()).getBeginNanoTime();
        action.getContext().set(DEADLINE, arrived + limits.queryTimeout().toNanos());
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            // Nesting other than brackets (long UNION or || chains) can still recurse too deep.
            ServletOps.errorBadRequest("The query is nested too deeply for the endpoint to evaluate; simplify it.");
        } finally {
            ClientWatch.Watch watch = action.getContext().get(WATCH);
            if (watch != null) {
                watch.close();
            }
        }
    }

    /** Watches the request's connection, so that the execution is aborted once its client has gone. */
    private static QueryExec watched(HttpAction action, QueryExec exec) {
        EndPoint endPoint = ServletContextRequest.getServletContextRequest(action.getRequest())
                .getConnectionMetaData().getConnection().getEndPoint();
        if (endPoint.getLocalSocketAddress() instanceof InetSocketAddress local
                && endPoint.getRemoteSocketAddress() instanceof InetSocketAddress remote) {
            action.getContext().set(WATCH, ClientWatch.SHARED.watch(local, remote, exec::abort));
        }
        return exec;
    }

    /** The remote store would follow a SERVICE clause, which no query of the public may make it do. */
    private static boolean callsOut(Query query) {
        boolean[] found = {false};
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    found[0] = true;
                }
            });
        }
        return found[0];
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long deadline = action.getContext().get(DEADLINE);
        long remainingMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        action.getContext().set(ARQ.queryTimeout, Long.toString(remainingMillis));
        action.getContext().set(ARQConstants.sysOptimizerFactory, BoundedRegex.optimizer(deadline));
        Query capped = query;
        long resultLimit = limits.resultLimit();
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > resultLimit)) {
            capped = query.cloneQuery();
            capped.setLimit(resultLimit);
        }
        action.setResponseHeader(HEADER, Long.toString(resultLimit));
        if (remote != null) {
            if (callsOut(capped)) {
                ServletOps.errorBadRequest("SERVICE is not allowed: the endpoint never fetches URLs for a query");
            }
            return watched(action, remote.forward(capped, remainingMillis));
        }
        return watched(action, super.createQueryExec(action, capped, dataset));
    }
}

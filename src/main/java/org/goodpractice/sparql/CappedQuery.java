package org.goodpractice.sparql;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation with a ceiling on the number of solutions: a query without LIMIT, or
 * with a larger one, runs with {@code LIMIT resultLimit}, and the response says so in a
 * {@code X-Result-Limit} header. Fuseki has no setting for this.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    static final String HEADER = "X-Result-Limit";

    private final long resultLimit;

    CappedQuery(long resultLimit) {
        this.resultLimit = resultLimit;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query capped = query;
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > resultLimit)) {
            capped = query.cloneQuery();
            capped.setLimit(resultLimit);
        }
        action.setResponseHeader(HEADER, Long.toString(resultLimit));
        return super.createQueryExec(action, capped, dataset);
    }
}

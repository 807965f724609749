package org.goodpractice.store;

import java.util.Iterator;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * An ASK answered by running {@code SELECT * … LIMIT 1}: for engines whose ASK results are not
 * SPARQL boolean results (Virtuoso 7.2 answers a one-row table with {@code __ASK_RETVAL}, see
 * openlink/virtuoso-opensource#464). Only {@link #ask()} is meaningful.
 */
final class AskBySelect implements QueryExec {
    private final Query ask;
    private final QueryExec select;

    AskBySelect(Query ask, QueryExec select) {
        this.ask = ask;
        this.select = select;
    }

    /** The SELECT that answers {@code ask}: its pattern, all its variables, one row at most. */
    static Query selectFor(Query ask) {
        Query select = ask.cloneQuery();
        select.setQuerySelectType();
        select.setQueryResultStar(true);
        select.setLimit(1);
        return select;
    }

    @Override
    public boolean ask() {
        return select.select().hasNext();
    }

    @Override
    public Query getQuery() {
        return ask;
    }

    @Override
    public String getQueryString() {
        return ask.toString();
    }

    @Override
    public DatasetGraph getDataset() {
        return null;
    }

    @Override
    public Context getContext() {
        return select.getContext();
    }

    @Override
    public RowSet select() {
        throw notAsk();
    }

    @Override
    public Graph construct(Graph graph) {
        throw notAsk();
    }

    @Override
    public Iterator<Triple> constructTriples() {
        throw notAsk();
    }

    @Override
    public Iterator<Quad> constructQuads() {
        throw notAsk();
    }

    @Override
    public DatasetGraph constructDataset(DatasetGraph dataset) {
        throw notAsk();
    }

    @Override
    public Graph describe(Graph graph) {
        throw notAsk();
    }

    @Override
    public Iterator<Triple> describeTriples() {
        throw notAsk();
    }

    @Override
    public JsonArray execJson() {
        throw notAsk();
    }

    @Override
    public Iterator<JsonObject> execJsonItems() {
        throw notAsk();
    }

    @Override
    public void abort() {
        select.abort();
    }

    @Override
    public void close() {
        select.close();
    }

    @Override
    public boolean isClosed() {
        return select.isClosed();
    }

    private static UnsupportedOperationException notAsk() {
        return new UnsupportedOperationException("Only ask() is answered for an ASK query");
    }
}

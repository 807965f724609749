package org.goodpractice.store;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;

/**
 * A query execution on a remote engine whose answers are given back as the application wrote
 * them: every term read passes {@link Engine#fromStore(Node)}, and an ASK the engine cannot
 * answer as a boolean ({@link Engine#askBySelect()}) is run as {@code SELECT * … LIMIT 1}
 * (Virtuoso 7.2 answers ASK with a one-row table holding {@code __ASK_RETVAL}, see
 * openlink/virtuoso-opensource#464).
 */
final class EngineExec implements QueryExec {
    private final Query query;
    private final QueryExec exec;
    private final Engine engine;

    /** {@code exec} runs {@code query}, or {@link #selectFor(Query) its SELECT} for an ASK sent as one. */
    EngineExec(Query query, QueryExec exec, Engine engine) {
        this.query = query;
        this.exec = exec;
        this.engine = engine;
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
        return engine.askBySelect() ? exec.select().hasNext() : exec.ask();
    }

    @Override
    public Query getQuery() {
        return query;
    }

    @Override
    public String getQueryString() {
        return query.toString();
    }

    @Override
    public DatasetGraph getDataset() {
        return null;
    }

    @Override
    public Context getContext() {
        return exec.getContext();
    }

    @Override
    public RowSet select() {
        RowSet rows = exec.select();
        Iterator<Binding> mapped = Iter.map(rows, row -> {
            BindingBuilder builder = Binding.builder();
            row.forEach((var, node) -> builder.add(var, engine.fromStore(node)));
            return builder.build();
        });
        return RowSetStream.create(rows.getResultVars(), mapped);
    }

    @Override
    public Graph construct(Graph graph) {
        constructTriples().forEachRemaining(graph::add);
        return graph;
    }

    @Override
    public Iterator<Triple> constructTriples() {
        return Iter.map(exec.constructTriples(), this::fromStore);
    }

    @Override
    public Iterator<Quad> constructQuads() {
        return Iter.map(exec.constructQuads(), q -> Quad.create(q.getGraph(), fromStore(q.asTriple())));
    }

    @Override
    public DatasetGraph constructDataset(DatasetGraph dataset) {
        constructQuads().forEachRemaining(dataset::add);
        return dataset;
    }

    @Override
    public Graph describe(Graph graph) {
        describeTriples().forEachRemaining(graph::add);
        return graph;
    }

    @Override
    public Iterator<Triple> describeTriples() {
        return Iter.map(exec.describeTriples(), this::fromStore);
    }

    @Override
    public JsonArray execJson() {
        return exec.execJson();
    }

    @Override
    public Iterator<JsonObject> execJsonItems() {
        return exec.execJsonItems();
    }

    @Override
    public void abort() {
        exec.abort();
    }

    @Override
    public void close() {
        exec.close();
    }

    @Override
    public boolean isClosed() {
        return exec.isClosed();
    }

    private Triple fromStore(Triple t) {
        return engine.fromStore(t);
    }
}

package org.goodpractice.store;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The read side of a {@link RemoteStore}: every query it sends goes through here, rewritten for
 * its {@link Engine}, so no query reaches the service without the engine's adjustments.
 */
final class RemoteQueries {
    private static final Query ALL_QUADS = QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query ALL_GRAPHS = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query UNION_TRIPLES = QueryFactory.create("SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
    private static final Query ANY_TRIPLE = QueryFactory.create("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
    private static final int GRAPHS_PER_PAGE = 500;
    private static final String GRAPHS_AFTER = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STR(?g) > ?after) } "
            + "ORDER BY STR(?g) LIMIT " + GRAPHS_PER_PAGE;
    /** Rows per page of a graph read in pages: the engine's row cap must be at least this (Debian's Virtuoso: 10000). */
    static final int ROWS_PER_PAGE = 1000;
    // The key is the store's own STR(?s), so that pages follow its order whatever the subjects are.
    private static final String TRIPLES_AFTER = "SELECT ?s ?p ?o (STR(?s) AS ?key) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(STR(?s) > ?after) } ORDER BY STR(?s) LIMIT " + ROWS_PER_PAGE;

    private final String queryUrl;
    private final Engine engine;
    private final HttpClient client;

    RemoteQueries(RemoteEndpoints endpoints, HttpClient client) {
        this.queryUrl = endpoints.queryUrl();
        this.engine = endpoints.engine();
        this.client = client;
    }

    /** The query as an execution on the service, stopped by the client after {@code timeoutMillis} (none when not positive). */
    QueryExec exec(Query query, long timeoutMillis) {
        Query sent = query.isAskType() && engine.askBySelect() ? EngineExec.selectFor(query) : query;
        QueryExecHTTPBuilder builder = QueryExecHTTP.service(queryUrl).httpClient(client).parseCheck(false)
                .sendMode(engine.querySendMode()).query(engine.text(sent));
        if (engine.acceptGraph() != null) {
            builder.acceptHeaderGraph(engine.acceptGraph());
        }
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return new EngineExec(query, builder.build(), engine);
    }

    <T> T select(Query query, Function<ResultSet, T> reader, long timeoutMillis) {
        try (QueryExec exec = exec(query, timeoutMillis)) {
            return reader.apply(ResultSet.adapt(exec.select()));
        }
    }

    Model construct(Query query, long timeoutMillis) {
        try (QueryExec exec = exec(query, timeoutMillis)) {
            Graph graph = GraphFactory.createDefaultGraph();
            return ModelFactory.createModelForGraph(query.isDescribeType() ? exec.describe(graph) : exec.construct(graph));
        }
    }

    boolean ask(Query query, long timeoutMillis) {
        try (QueryExec exec = exec(query, timeoutMillis)) {
            return exec.ask();
        }
    }

    boolean isEmpty() {
        return !ask(ANY_TRIPLE, 0);
    }

    /** The names of the graphs that hold a triple: one SELECT, or pages of {@value #GRAPHS_PER_PAGE} where the engine caps results. */
    Set<Node> graphNames() {
        Set<Node> names = new LinkedHashSet<>();
        if (!engine.capsResults()) {
            rows(ALL_GRAPHS, b -> names.add(b.get("g")));
            return names;
        }
        for (List<Node> graphs = page(GRAPHS_AFTER, null, ""); !graphs.isEmpty();
                graphs = page(GRAPHS_AFTER, null, graphs.get(graphs.size() - 1).getURI())) {
            names.addAll(graphs);
        }
        return names;
    }

    /** Every quad of the named graphs: one streamed SELECT, or a graph at a time where the engine caps results. */
    void publishQuads(StreamRDF sink) {
        if (!engine.capsResults()) {
            rows(ALL_QUADS, b -> sink.quad(Quad.create(b.get("g"), b.get("s"), b.get("p"), b.get("o"))));
            return;
        }
        for (Node g : graphNames()) {
            publishGraph(g, sink);
        }
    }

    /**
     * One graph, {@value #ROWS_PER_PAGE} rows at a time in the order of their subjects: a full page
     * may end inside a subject's triples, so its last subject is read again with the next page.
     * A subject with more triples than a page cannot be read so, and is refused.
     */
    void publishGraph(Node g, StreamRDF sink) {
        String after = "";
        while (true) {
            List<Binding> rows = new ArrayList<>(ROWS_PER_PAGE);
            rows(bound(TRIPLES_AFTER, g, after), rows::add);
            int end = rows.size();
            if (end == ROWS_PER_PAGE) {
                String last = key(rows.get(end - 1));
                while (end > 0 && key(rows.get(end - 1)).equals(last)) {
                    end--;
                }
                if (end == 0) {
                    throw new StoreException("The subject " + last + " has more than " + ROWS_PER_PAGE + " triples in the graph "
                            + NodeFmtLib.strNT(g) + ", more than a page of a graph read in pages: it cannot be read from this store");
                }
            }
            rows.subList(0, end).forEach(b -> sink.quad(Quad.create(g, b.get("s"), b.get("p"), b.get("o"))));
            if (rows.size() < ROWS_PER_PAGE) {
                return;
            }
            after = key(rows.get(end - 1));
        }
    }

    private static String key(Binding row) {
        return row.get("key").getLiteralLexicalForm();
    }

    /** The triples of the union graph (an engine that dumps by graph repeats a triple held by several graphs). */
    void publishTriples(StreamRDF sink) {
        if (!engine.capsResults()) {
            rows(UNION_TRIPLES, b -> sink.triple(Triple.create(b.get("s"), b.get("p"), b.get("o"))));
            return;
        }
        publishQuads(new StreamRDFWrapper(sink) {
            @Override
            public void quad(Quad quad) {
                sink.triple(quad.asTriple());
            }
        });
    }

    /** The first variable's values of {@code select} with {@code ?after} (and {@code ?g}, when given) bound. */
    private List<Node> page(String select, Node g, String after) {
        Query query = bound(select, g, after);
        String var = query.getProjectVars().get(0).getVarName();
        List<Node> nodes = new ArrayList<>();
        rows(query, b -> nodes.add(b.get(var)));
        return nodes;
    }

    private static Query bound(String select, Node g, String after) {
        ParameterizedSparqlString page = new ParameterizedSparqlString(select);
        page.setLiteral("after", after);
        if (g != null) {
            page.setParam("g", g);
        }
        return page.asQuery();
    }

    private void rows(Query query, Consumer<Binding> row) {
        try (QueryExec exec = exec(query, 0)) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row);
        }
    }
}

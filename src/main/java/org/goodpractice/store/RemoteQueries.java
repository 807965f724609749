package org.goodpractice.store;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    private static final Query UNION_TRIPLES = QueryFactory.create("SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
    private static final Query ANY_TRIPLE = QueryFactory.create("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
    private static final int GRAPHS_PER_PAGE = 500;
    private static final String GRAPHS_AFTER = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STR(?g) > ?after) } "
            + "ORDER BY STR(?g) LIMIT " + GRAPHS_PER_PAGE;
    private static final int SUBJECTS_PER_PAGE = 200;
    private static final String SUBJECTS_AFTER = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STR(?s) > ?after) } "
            + "ORDER BY STR(?s) LIMIT " + SUBJECTS_PER_PAGE;

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

    /** Every quad of the named graphs: one streamed SELECT, or a graph at a time where the engine caps results. */
    void publishQuads(StreamRDF sink) {
        if (!engine.pagedDumps()) {
            rows(ALL_QUADS, b -> sink.quad(Quad.create(b.get("g"), b.get("s"), b.get("p"), b.get("o"))));
            return;
        }
        for (List<Node> graphs = page(GRAPHS_AFTER, null, ""); !graphs.isEmpty();
                graphs = page(GRAPHS_AFTER, null, graphs.get(graphs.size() - 1).getURI())) {
            for (Node g : graphs) {
                publishGraph(g, sink);
            }
        }
    }

    /**
     * One graph, {@value #SUBJECTS_PER_PAGE} subjects at a time (a page of their triples stays under
     * the engine's cap, even for the gazetteer); subjects are IRIs, as the importer writes no blank nodes.
     */
    void publishGraph(Node g, StreamRDF sink) {
        for (List<Node> subjects = page(SUBJECTS_AFTER, g, ""); !subjects.isEmpty();
                subjects = page(SUBJECTS_AFTER, g, subjects.get(subjects.size() - 1).getURI())) {
            String values = subjects.stream().map(NodeFmtLib::strNT).collect(Collectors.joining(" "));
            rows(QueryFactory.create("SELECT ?s ?p ?o WHERE { VALUES ?s { " + values + " } GRAPH "
                    + NodeFmtLib.strNT(g) + " { ?s ?p ?o } }"),
                    b -> sink.quad(Quad.create(g, b.get("s"), b.get("p"), b.get("o"))));
        }
    }

    /** The triples of the union graph (an engine that dumps by graph repeats a triple held by several graphs). */
    void publishTriples(StreamRDF sink) {
        if (!engine.pagedDumps()) {
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
        ParameterizedSparqlString page = new ParameterizedSparqlString(select);
        page.setLiteral("after", after);
        if (g != null) {
            page.setParam("g", g);
        }
        Query query = page.asQuery();
        String var = query.getProjectVars().get(0).getVarName();
        List<Node> nodes = new ArrayList<>();
        rows(query, b -> nodes.add(b.get(var)));
        return nodes;
    }

    private void rows(Query query, Consumer<Binding> row) {
        try (QueryExec exec = exec(query, 0)) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row);
        }
    }
}

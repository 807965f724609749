package org.goodpractice.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;

/**
 * Named graphs read from a remote service as data to work on: a whole graph (to compare with
 * what a writer brings, or to copy for a checked write), the quads matching a pattern in any
 * named graph, and the names of the graphs; every read goes through {@link RemoteQueries} or the
 * Graph Store GET with the engine's conversions.
 */
final class RemoteGraphs {
    private static final Var G = Var.alloc("g");

    private final RemoteEndpoints endpoints;
    private final RDFConnection connection;
    private final RemoteQueries queries;

    RemoteGraphs(RemoteEndpoints endpoints, RDFConnection connection, RemoteQueries queries) {
        this.endpoints = endpoints;
        this.connection = connection;
        this.queries = queries;
    }

    /**
     * Graph {@code iri} as stored, read back as written; empty when the service has no such graph.
     * Where the engine cuts answers at a row cap, the graph is read in pages and its triples
     * counted, and one read short is refused: a partial copy is never compared or written back.
     */
    Graph stored(String iri) {
        if (!endpoints.engine().capsResults()) {
            return fetched(iri);
        }
        Node g = NodeFactory.createURI(iri);
        long count = queries.select(tripleCount(g), rows -> rows.next().getLiteral("n").getLong(), 0);
        Graph paged = GraphFactory.createDefaultGraph();
        queries.publishGraph(g, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                paged.add(quad.asTriple());
            }
        });
        if (paged.size() != count) {
            throw new StoreException("The graph <" + iri + "> cannot be read whole from the store at " + endpoints + " ("
                    + paged.size() + " of its " + count + " triples): it changed while it was read, or the engine's result "
                    + "row cap is below " + RemoteQueries.ROWS_PER_PAGE + "; nothing was changed");
        }
        return paged;
    }

    /** The quads of every named graph matching {@code s p o} (null or ANY for any term), as the service holds them. */
    List<Quad> find(Node s, Node p, Node o) {
        Node ps = term(s, "s");
        Node pp = term(p, "p");
        Node po = term(o, "o");
        List<Quad> quads = new ArrayList<>();
        queries.select(pattern(ps, pp, po), rows -> {
            rows.forEachRemaining(row -> quads.add(Quad.create(row.get("g").asNode(), value(row, ps), value(row, pp),
                    value(row, po))));
            return null;
        }, 0);
        return quads;
    }

    /** The names of the graphs that hold a triple. */
    Set<Node> names() {
        return queries.graphNames();
    }

    private Graph fetched(String iri) {
        try {
            Graph stored = GraphFactory.createDefaultGraph();
            connection.fetch(iri).getGraph().find().forEachRemaining(t -> stored.add(endpoints.engine().fromStore(t)));
            return stored;
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return GraphFactory.createDefaultGraph();
            }
            throw e;
        }
    }

    private static Query tripleCount(Node g) {
        ParameterizedSparqlString count = new ParameterizedSparqlString("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        count.setParam("g", g);
        return count.asQuery();
    }

    /** A term of a pattern: the node, or a variable where any matches (blank nodes too: the service has its own). */
    private static Node term(Node node, String var) {
        return node == null || Node.ANY.equals(node) || node.isBlank() ? Var.alloc(var) : node;
    }

    private static Node value(QuerySolution row, Node term) {
        return Var.isVar(term) ? row.get(((Var) term).getVarName()).asNode() : term;
    }

    /** {@code SELECT * WHERE { GRAPH ?g { s p o } }}, built as syntax: nothing is spliced as text. */
    private static Query pattern(Node s, Node p, Node o) {
        ElementTriplesBlock block = new ElementTriplesBlock();
        block.addTriple(Triple.create(s, p, o));
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementNamedGraph(G, block));
        Query query = new Query();
        query.setQuerySelectType();
        query.setQueryPattern(where);
        query.setQueryResultStar(true);
        return query;
    }
}

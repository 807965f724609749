package org.goodpractice.store;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * {@link ChangeLog}'s bookkeeping on a remote SPARQL service: the same triples, in the graph
 * {@link Engine#logGraph()} names, which no query of the application sees (on Jena engines the
 * stored default graph, out of the union default graph; on Virtuoso a named graph its queries
 * exclude); so the log shows in no query result, page or dump. A change and the move of the version are one update request,
 * which the service runs in one transaction, and the new version is computed by the service
 * itself, so concurrent writers in several processes never reuse a version.
 */
final class RemoteChangeLog {
    private static final String PREFIXES = "PREFIX s: <urn:x-goodpractice:store#>\n";
    private static final String STORE = "<urn:x-goodpractice:store>";
    private static final int QUADS_PER_INSERT = 1000;

    private final RDFConnection connection;
    private final Engine engine;
    private final String inLog;

    RemoteChangeLog(RDFConnection connection, Engine engine) {
        this.connection = connection;
        this.engine = engine;
        this.inLog = "GRAPH <" + engine.logGraph() + ">";
    }

    /** The version now, or -1 for a store that has never recorded one. */
    long version() {
        return number("SELECT ?n WHERE { " + inLog + " { " + STORE + " s:version ?n } }");
    }

    /** Replaces each graph with its content and records the change, in one update request. */
    void write(Map<String, Graph> graphs) {
        UpdateRequest request = new UpdateRequest();
        graphs.forEach((iri, graph) -> {
            Node g = NodeFactory.createURI(iri);
            request.add(new UpdateDrop(g, true));
            // Several INSERT DATA of a bounded size: Virtuoso's parser runs out of memory on one of ~5000 triples.
            QuadDataAcc[] quads = {new QuadDataAcc()};
            graph.find().forEachRemaining(t -> {
                if (quads[0].getQuads().size() == QUADS_PER_INSERT) {
                    request.add(new UpdateDataInsert(quads[0]));
                    quads[0] = new QuadDataAcc();
                }
                quads[0].addQuad(Quad.create(g, engine.toStore(t)));
            });
            request.add(new UpdateDataInsert(quads[0]));
        });
        String values = graphs.keySet().stream().map(iri -> NodeFmtLib.strNT(NodeFactory.createURI(iri)))
                .collect(Collectors.joining(" "));
        long start = System.currentTimeMillis();
        String newVersion = "{ SELECT (MAX(?v) AS ?last) WHERE { " + inLog + " { " + STORE + " s:version ?v } } } "
                + "BIND(COALESCE(?last + 1, " + (start + 1) + ") AS ?n)";
        // Aggregates, not OPTIONAL or FILTER NOT EXISTS: in an update's WHERE, Virtuoso 7.2 matches no row for an
        // OPTIONAL that finds nothing and does not see the log in NOT EXISTS.
        UpdateFactory.parse(request, PREFIXES
                + "INSERT { " + inLog + " { " + STORE + " s:firstVersion ?t } } WHERE { { SELECT (COUNT(?any) AS ?versions) "
                + "WHERE { " + inLog + " { " + STORE + " s:version ?any } } } FILTER(?versions = 0) BIND(" + start + " AS ?t) } ;\n"
                + "DELETE { " + inLog + " { ?g s:changedIn ?old } } WHERE { VALUES ?g { " + values + " } "
                + inLog + " { ?g s:changedIn ?old } } ;\n"
                + "INSERT { " + inLog + " { " + STORE + " s:version ?n . ?g s:changedIn ?n } } WHERE { " + newVersion
                + " VALUES ?g { " + values + " } } ;\n"
                + "DELETE { " + inLog + " { " + STORE + " s:version ?v } } WHERE { " + inLog + " { " + STORE
                + " s:version ?v } { SELECT (MAX(?w) AS ?now) WHERE { " + inLog + " { " + STORE + " s:version ?w } } } "
                + "FILTER(?v < ?now) }");
        connection.update(request);
    }

    /** The mark that the derived graphs were in step, if the service holds one. */
    Optional<InStep> inStep() {
        InStep[] mark = {null};
        connection.querySelect(QueryFactory.create(PREFIXES + "SELECT ?n ?sources WHERE { " + inLog + " { " + STORE
                + " s:derivedInStepAt ?n ; s:derivedFrom ?sources } }"),
                row -> mark[0] = new InStep(row.getLiteral("n").getLong(), row.getLiteral("sources").getLexicalForm()));
        return Optional.ofNullable(mark[0]);
    }

    /**
     * Writes {@code mark} in one update request whose every part holds only while the service's
     * version is the mark's, so a writer that moved it meanwhile leaves the old mark in place.
     */
    boolean markInStep(InStep mark) {
        String version = Long.toString(mark.version());
        String sources = NodeFmtLib.strNT(NodeFactory.createLiteralString(mark.sources()));
        // Compared by value: the version was computed by the service, its datatype is the service's.
        String atVersion = inLog + " { " + STORE + " s:version ?now FILTER(?now = " + version + ") }";
        // Separate DELETEs and no OPTIONAL: Virtuoso 7.2 matches no row for an OPTIONAL that finds nothing.
        connection.update(UpdateFactory.create(PREFIXES
                + "DELETE { " + inLog + " { " + STORE + " s:derivedInStepAt ?old } } WHERE { " + atVersion + " "
                + inLog + " { " + STORE + " s:derivedInStepAt ?old } } ;\n"
                + "DELETE { " + inLog + " { " + STORE + " s:derivedFrom ?old } } WHERE { " + atVersion + " "
                + inLog + " { " + STORE + " s:derivedFrom ?old } } ;\n"
                + "INSERT { " + inLog + " { " + STORE + " s:derivedInStepAt " + version + " ; s:derivedFrom " + sources
                + " } } WHERE { " + atVersion + " }"));
        return inStep().filter(mark::equals).isPresent();
    }

    /** The graphs changed after {@code since}; unknown when {@code since} is not a version of this store. */
    Changes changesSince(long since) {
        long now = version();
        long first = number("SELECT ?n WHERE { " + inLog + " { " + STORE + " s:firstVersion ?n } }");
        if (now < 0) {
            return since == -1 ? Changes.of(since, now, Set.of()) : Changes.unknown(since, now);
        }
        if (since < first || since > now) {
            return Changes.unknown(since, now);
        }
        Set<String> graphs = new HashSet<>();
        connection.querySelect(QueryFactory.create(PREFIXES + "SELECT ?g WHERE { " + inLog
                + " { ?g s:changedIn ?n } FILTER(?n > " + since + ") }"), row -> graphs.add(row.getResource("g").getURI()));
        return Changes.of(since, now, graphs);
    }

    private long number(String select) {
        long[] n = {-1};
        connection.querySelect(QueryFactory.create(PREFIXES + select), (QuerySolution row) -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }
}

package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QuerySendMode;

/**
 * What a remote store's engine does differently from the SPARQL 1.1 the rest of the code writes,
 * all in one place. The code assumes the dataset's default graph is the union of its named graphs
 * and that the store's bookkeeping ({@link RemoteChangeLog}) shows in no query.
 *
 * <ul>
 * <li>{@link #JENA} (Fuseki with {@code unionDefaultGraph}): as assumed; the bookkeeping lives in
 * the stored default graph, which no query sees.</li>
 * <li>{@link #VIRTUOSO} (7.2), where, apart from what the README's table lists:
 * <ul>
 * <li>the default graph is the union of every graph, Virtuoso's own (quad-map schema, LDP, URIQA)
 * included, and the bookkeeping is an ordinary named graph: every query is sent with
 * {@code DEFINE input:default-graph-exclude} and {@code input:named-graph-exclude} pragmas for
 * them, and its {@code GRAPH <iri>} as a filtered variable graph ({@link VirtuosoGraphs}), which
 * those pragmas would otherwise empty;</li>
 * <li>ASK answers are a one-row table, not a boolean: ASK is sent as {@code SELECT * … LIMIT 1}
 * ({@link EngineExec});</li>
 * <li>a query posted as {@code application/sparql-query} is never answered: long ones go as a form;</li>
 * <li>xsd:duration and geo:wktLiteral are not kept as written: such literals are stored under a
 * stand-in datatype ({@code urn:x-goodpractice:stored#duration}, {@code …#wktLiteral}) and turned
 * back on every read, so a query naming such a constant does not match them there;</li>
 * <li>answers (SELECT, CONSTRUCT, a Graph Store GET) are cut at {@code [SPARQL] ResultSetMaxRows}
 * without an error ({@link #capsResults()}): dumps, graph lists and every whole graph the store
 * reads (to compare with an import, or to copy for an admin write) are read in pages;</li>
 * <li>graphs are asked for as N-Triples, the plainest format both sides write and read.</li>
 * </ul></li>
 * </ul>
 *
 * <pre>
 * Engine engine = Engine.parse("virtuoso");
 * String text = engine.text(query);
 * </pre>
 */
public enum Engine {
    JENA(List.of()),
    VIRTUOSO(List.of("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#",
            "http://localuriqaserver/sparql", "http://www.w3.org/2002/07/owl#", "http://localhost:8890/DAV/",
            "http://www.openlinksw.com/schemas/oplweb#"));

    /** Virtuoso has no stored default graph apart from its named graphs: the log is a named graph its queries exclude. */
    private static final String VIRTUOSO_LOG = "urn:x-goodpractice:store-log";

    /**
     * Datatypes Virtuoso 7.2 does not keep as written, and the datatype each is stored under
     * instead: it keeps an xsd:duration as a count of months ("P11Y" reads back as "132") and a
     * WKT literal as its own geometry, in single precision and typed virtrdf:Geometry.
     */
    private static final Map<String, String> VIRTUOSO_STAND_INS = Map.of(
            XSDDatatype.XSDduration.getURI(), "urn:x-goodpractice:stored#duration",
            "http://www.opengis.net/ont/geosparql#wktLiteral", "urn:x-goodpractice:stored#wktLiteral");
    private static final Map<String, String> VIRTUOSO_ORIGINALS = VIRTUOSO_STAND_INS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private final List<String> ownGraphs;
    private final String pragmas;

    Engine(List<String> ownGraphs) {
        this.ownGraphs = ownGraphs;
        this.pragmas = ownGraphs.isEmpty() ? ""
                : Stream.concat(ownGraphs.stream(), Stream.of(VIRTUOSO_LOG))
                        .flatMap(g -> Stream.of("DEFINE input:default-graph-exclude <" + g + ">",
                                "DEFINE input:named-graph-exclude <" + g + ">"))
                        .collect(Collectors.joining("\n", "", "\n"));
    }

    /** The engine named {@code name} ({@code jena}, {@code fuseki} or {@code virtuoso}, any case). */
    public static Engine parse(String name) {
        requireNonNull(name, "name");
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "jena", "fuseki" -> JENA;
            case "virtuoso" -> VIRTUOSO;
            default -> throw new IllegalArgumentException("Unknown store engine '" + name
                    + "': use jena (Fuseki) or virtuoso");
        };
    }

    /** The graphs the engine keeps for itself, which queries must not see (besides the bookkeeping). */
    public List<String> ownGraphs() {
        return ownGraphs;
    }

    /** The term as the engine must store it: a literal of a datatype it alters goes under its stand-in. */
    Node toStore(Node node) {
        String standIn = this == VIRTUOSO && node.isLiteral() ? VIRTUOSO_STAND_INS.get(node.getLiteralDatatypeURI()) : null;
        return standIn == null ? node : NodeFactory.createLiteralDT(node.getLiteralLexicalForm(),
                TypeMapper.getInstance().getSafeTypeByName(standIn));
    }

    /** The term as the application wrote it, from the term the engine stored ({@link #toStore(Node)}). */
    Node fromStore(Node node) {
        String original = this == VIRTUOSO && node.isLiteral() ? VIRTUOSO_ORIGINALS.get(node.getLiteralDatatypeURI()) : null;
        return original == null ? node : NodeFactory.createLiteralDT(node.getLiteralLexicalForm(),
                TypeMapper.getInstance().getSafeTypeByName(original));
    }

    Triple toStore(Triple t) {
        return this == JENA ? t : Triple.create(t.getSubject(), t.getPredicate(), toStore(t.getObject()));
    }

    Triple fromStore(Triple t) {
        return this == JENA ? t : Triple.create(t.getSubject(), t.getPredicate(), fromStore(t.getObject()));
    }

    /** The graph holding the store's version and change log ({@link RemoteChangeLog}). */
    String logGraph() {
        return this == VIRTUOSO ? VIRTUOSO_LOG : Quad.defaultGraphIRI.getURI();
    }

    /** The query as this engine must be sent it. */
    String text(Query query) {
        return this == VIRTUOSO ? pragmas + VirtuosoGraphs.rewrite(query).serialize() : query.serialize();
    }

    /**
     * How a long query is sent: Virtuoso 7.2 never answers a POST whose body is the query
     * ({@code application/sparql-query}), so it gets an HTML form, as curl and browsers send.
     */
    QuerySendMode querySendMode() {
        return this == VIRTUOSO ? QuerySendMode.asGetWithLimitForm : QuerySendMode.asGetWithLimitBody;
    }

    /** The Accept header for graphs (CONSTRUCT, DESCRIBE, Graph Store GET), or null for Jena's default. */
    String acceptGraph() {
        return this == VIRTUOSO ? "application/n-triples" : null;
    }

    /** True when ASK must be sent as {@code SELECT … LIMIT 1}: the engine's ASK answers are not boolean results. */
    boolean askBySelect() {
        return this == VIRTUOSO;
    }

    /**
     * True when the engine may cut an answer short at a row cap without an error, so that a dump,
     * the list of graphs and a whole graph are read in pages ({@link RemoteQueries#publishGraph}), and
     * a whole graph is counted too, to refuse a copy read short.
     */
    boolean capsResults() {
        return this == VIRTUOSO;
    }
}

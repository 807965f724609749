package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;

/**
 * What earlier imports left in the store, asked per file and per record graph with bound values:
 * a run costs lookups for the files it imports, not a read of every record of the store. A store
 * that holds no record at the start of the run is asked nothing more.
 *
 * <pre>
 * EarlierImports earlier = new EarlierImports(store, "http://localhost:8080/");
 * List&lt;EarlierImports.Source&gt; same = earlier.unchanged("0913R2.txt", sha256);
 * </pre>
 */
public final class EarlierImports {
    private static final Query IMPORTED_SOURCES = Queries.load("imported-sources");
    private static final Query RECORD_SOURCES = Queries.load("record-sources");
    private static final Query ANY_RECORD = Queries.load("any-record");

    private final SparqlStore store;
    private final String baseUri;
    private final boolean none;
    private final Map<String, Optional<String>> holders = new HashMap<>();

    public EarlierImports(SparqlStore store, String baseUri) {
        this.store = requireNonNull(store, "store");
        this.baseUri = requireNonNull(baseUri, "baseUri");
        this.none = !store.ask(ANY_RECORD);
    }

    /** True when the store held no record when this run started. */
    public boolean none() {
        return none;
    }

    /**
     * The records this importer version imported from a file named {@code fileName} with content
     * {@code sha256}: none, one, or one per row of a spreadsheet.
     */
    public List<Source> unchanged(String fileName, String sha256) {
        if (none) {
            return List.of();
        }
        Query query = Queries.bind(IMPORTED_SOURCES, Map.of(
                "agent", NodeFactory.createURI(Provenance.agent(baseUri)),
                "prefix", NodeFactory.createLiteralString(baseUri + "graph/"),
                "name", NodeFactory.createLiteralString(requireNonNull(fileName, "fileName"))));
        return store.select(query, rs -> {
            List<Source> found = new ArrayList<>();
            while (rs.hasNext()) {
                var row = rs.next();
                if (row.getLiteral("sha256").getString().equals(sha256)) {
                    found.add(new Source(row.getLiteral("id").getString(), row.getResource("graph").getURI()));
                }
            }
            return found;
        });
    }

    /** The name of the file the stored record graph {@code graph} came from; null when the store does not hold it. */
    public String holder(String graph) {
        requireNonNull(graph, "graph");
        if (none) {
            return null;
        }
        return holders.computeIfAbsent(graph, g -> store.select(
                Queries.bind(RECORD_SOURCES, Map.of("graph", NodeFactory.createURI(g))),
                rs -> rs.hasNext() ? Optional.of(rs.next().getLiteral("name").getString()) : Optional.<String>empty()))
                .orElse(null);
    }

    /** A record an earlier import wrote: its identifier and graph. */
    public record Source(String id, String graph) {
    }
}

package org.goodpractice.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;

/**
 * The base a store's IRIs were minted under, recorded by the store itself as the name of its
 * ontology graph ({@code {base}graph/ontology}): commands use it unless {@code --base-uri} says
 * otherwise, and refuse a {@code --base-uri} that differs, naming both, rather than mixing two
 * bases in one store or serving pages that are all 404.
 *
 * <pre>
 * String base = DatasetBase.choose(store, options.baseUri, "http://localhost:8080/");
 * </pre>
 */
final class DatasetBase {
    private static final Query BASES = Queries.load("store-bases");
    private static final String SUFFIX = Ontology.graphIri("");

    private DatasetBase() {
    }

    /** The bases the store holds an ontology graph for; empty for a new store. */
    static List<String> of(SparqlStore store) {
        List<String> bases = new ArrayList<>();
        store.select(BASES, rs -> {
            rs.forEachRemaining(row -> {
                String graph = row.getResource("g").getURI();
                if (graph.endsWith(SUFFIX)) {
                    bases.add(graph.substring(0, graph.length() - SUFFIX.length()));
                }
            });
            return bases;
        });
        return bases;
    }

    /**
     * {@code given} (already ending in '/'), or else the store's own base, or else {@code fallback};
     * refuses a given base the store was not imported under.
     */
    static String choose(SparqlStore store, String given, String fallback) {
        List<String> bases = of(store);
        if (given != null) {
            if (!bases.isEmpty() && !bases.contains(given)) {
                throw new IllegalArgumentException("The store was imported under the base " + String.join(", ", bases)
                        + ", not under the --base-uri " + given + " given: leave --base-uri out to use the store's, "
                        + "or import into another store");
            }
            return given;
        }
        return bases.isEmpty() ? fallback : bases.get(0);
    }
}

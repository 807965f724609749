package org.goodpractice.link;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.vocab.GP;
import org.goodpractice.vocab.Prefixes;

/**
 * Links case studies and practices that have something in common, both ways and with the
 * reasons, in the named graph {@code {base}graph/links}. A shared sub-theme, topic or region makes
 * a link; a shared country is given as a further reason but is too broad to link on its own.
 * The graph is rebuilt from the store after every import run, so links never go stale.
 *
 * <pre>
 * int links = new Linker(store, "http://localhost:8080/").relink();
 * </pre>
 */
public final class Linker {
    private static final Query SHARED_FEATURES = Queries.load("shared-features");
    private static final Set<String> LINKING_KINDS = Set.of("sub-theme", "topic", "region");

    private final SparqlStore store;
    private final String baseUri;

    public Linker(SparqlStore store, String baseUri) {
        this.store = requireNonNull(store, "store");
        this.baseUri = requireNonNull(baseUri, "baseUri");
    }

    /** The named graph the links live in. */
    public static String graphIri(String baseUri) {
        return baseUri + "graph/links";
    }

    /** Rebuilds the links graph; returns how many case study–practice pairs are linked. */
    public int relink() {
        Map<String, Set<String>> reasons = new LinkedHashMap<>();
        Map<String, Boolean> linking = new LinkedHashMap<>();
        store.select(SHARED_FEATURES, rs -> {
            rs.forEachRemaining(row -> {
                String pair = row.getResource("caseStudy").getURI() + " " + row.getResource("practice").getURI();
                String kind = row.getLiteral("kind").getString();
                String label = row.contains("label") ? row.getLiteral("label").getString()
                        : row.getResource("feature").getURI();
                reasons.computeIfAbsent(pair, p -> new LinkedHashSet<>()).add("shared " + kind + ": " + label);
                linking.merge(pair, LINKING_KINDS.contains(kind), Boolean::logicalOr);
            });
            return null;
        });
        Model links = ModelFactory.createDefaultModel();
        links.setNsPrefixes(Prefixes.COMMON);
        int count = 0;
        for (Map.Entry<String, Set<String>> e : reasons.entrySet()) {
            if (!linking.get(e.getKey())) {
                continue;
            }
            String[] pair = e.getKey().split(" ");
            Resource caseStudy = links.createResource(pair[0]);
            Resource practice = links.createResource(pair[1]);
            caseStudy.addProperty(DCTerms.relation, practice);
            practice.addProperty(DCTerms.relation, caseStudy);
            Resource relation = links.createResource(relationIri(pair[0], pair[1]), GP.Relation)
                    .addProperty(GP.relates, caseStudy)
                    .addProperty(GP.relates, practice);
            e.getValue().forEach(reason -> relation.addProperty(GP.reason, reason, "en"));
            count++;
        }
        store.replaceGraph(graphIri(baseUri), links);
        return count;
    }

    private String relationIri(String caseStudy, String practice) {
        return caseStudy + "/related/" + practice.substring(practice.lastIndexOf('/') + 1);
    }
}

package org.goodpractice.link;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.Changes;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.vocab.GP;
import org.goodpractice.vocab.Prefixes;

/**
 * Links each case study to the {@value #RELATED} practices it has most in common with, both ways
 * and with the reasons, in the named graph {@code {base}graph/links}. A shared sub-theme counts
 * most, then a shared topic, then each shared NUTS level of region; a shared country is given as
 * a further reason but is too broad to link on its own. The graph is bounded by the case studies
 * (not their product with the practices), and {@link #update} works out again only the links of
 * the records that changed and of the case studies they may relate to: the links of every other
 * record stay as they are, and an import that changes no link writes nothing.
 *
 * <p>The graph states the store version whose records its links follow ({@link #FOLLOWS}), so
 * that {@link #repair} can bring it in line with records written after it (by an import killed
 * before its links were worked out, or an admin write), working out only their links again.
 *
 * <pre>
 * new Linker(store, "http://localhost:8080/").update(List.of(changedRecordIri));
 * </pre>
 */
public final class Linker {
    /** Practices linked to each case study. */
    public static final int RELATED = 5;
    private static final Query SHARED_FEATURES = Queries.load("shared-features");
    private static final Query CASE_STUDY_FEATURES = Queries.load("case-study-features");
    private static final Query PRACTICE_FEATURES = Queries.load("practice-features");
    private static final Query LINKS = Queries.load("links-graph");
    private static final Query CASE_STUDIES = Queries.load("case-studies");
    /** The store version whose records the links graph follows. */
    static final Property FOLLOWS = ResourceFactory.createProperty("urn:x-goodpractice:links#followsStoreVersion");
    private static final Map<String, Double> WEIGHTS = Map.of("sub-theme", 3.0, "topic", 2.0, "region", 1.0, "country", 0.0);

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

    /** Works out the links of every case study again; returns how many case study–practice pairs are linked. */
    public int relink() {
        return relink(caseStudies(), Set.of(), store.version(), false);
    }

    /**
     * Brings the links in line with the records in the store, working out again only the links of
     * records written after the version the links follow (all of them when the graph does not
     * say, or the store does not know that version); writes nothing when they are in line.
     */
    public int repair() {
        long now = store.version();
        Model links = current();
        Statement follows = links.getProperty(links.createResource(graphIri(baseUri)), FOLLOWS);
        Changes changes = follows == null ? Changes.unknown(-1, now) : store.changesSince(follows.getLong());
        if (changes.everything()) {
            return relink(caseStudies(), Set.of(), now, true);
        }
        List<String> records = changes.graphs().stream().map(g -> recordOf(baseUri, g)).filter(Objects::nonNull).toList();
        return records.isEmpty() ? count(links) : update(records);
    }

    /**
     * Works out again the links concerning records {@code changed} (written, replaced or removed);
     * returns how many case study–practice pairs the links graph holds afterwards. Reads the case
     * studies' features and the features of each changed practice, never every practice.
     */
    public int update(Collection<String> changed) {
        requireNonNull(changed, "changed");
        Model links = current();
        if (changed.isEmpty()) {
            return count(links);
        }
        long version = store.version();
        return relink(affected(changed, links), Set.copyOf(changed), version, false);
    }

    /**
     * The case studies whose links a change of {@code changed} may change: the changed case studies
     * themselves, those linked to a changed record now, and those sharing a feature with a changed practice.
     */
    private Set<String> affected(Collection<String> changed, Model links) {
        Map<String, Set<String>> byFeature = new HashMap<>();
        Set<String> caseStudies = new HashSet<>();
        store.select(CASE_STUDY_FEATURES, rs -> {
            rs.forEachRemaining(row -> {
                String caseStudy = row.getResource("caseStudy").getURI();
                caseStudies.add(caseStudy);
                if (row.contains("feature")) {
                    byFeature.computeIfAbsent(row.getResource("feature").getURI(), f -> new HashSet<>()).add(caseStudy);
                }
            });
            return null;
        });
        Set<String> affected = new HashSet<>();
        for (String record : changed) {
            if (caseStudies.contains(record)) {
                affected.add(record);
                continue;
            }
            links.listSubjectsWithProperty(DCTerms.relation, links.createResource(record))
                    .forEachRemaining(s -> affected.add(s.getURI()));
            if (!byFeature.isEmpty()) {
                store.select(Queries.bind(PRACTICE_FEATURES, Map.of("practice", NodeFactory.createURI(record))), rs -> {
                    rs.forEachRemaining(row -> affected.addAll(byFeature.getOrDefault(row.getResource("feature").getURI(), Set.of())));
                    return null;
                });
            }
        }
        affected.retainAll(caseStudies);
        return affected;
    }

    private Set<String> caseStudies() {
        return store.select(CASE_STUDIES, rs -> {
            Set<String> iris = new HashSet<>();
            rs.forEachRemaining(row -> iris.add(row.getResource("caseStudy").getURI()));
            return iris;
        });
    }

    private int relink(Set<String> caseStudies, Set<String> changed, long version, boolean always) {
        Model before = current();
        Model links = ModelFactory.createDefaultModel().add(before);
        links.setNsPrefixes(Prefixes.COMMON);
        Set<String> cleared = new HashSet<>(caseStudies);
        cleared.addAll(changed);
        clear(links, cleared);
        for (String caseStudy : caseStudies) {
            for (Candidate c : best(caseStudy)) {
                add(links, caseStudy, c);
            }
        }
        return write(before, links, version, always);
    }

    /** Writes {@code links}, following {@code version}, unless they are {@code before}'s (and {@code always} is false). */
    private int write(Model before, Model links, long version, boolean always) {
        Resource graph = links.createResource(graphIri(baseUri));
        links.removeAll(graph, FOLLOWS, null);
        Model previous = ModelFactory.createDefaultModel().add(before);
        previous.removeAll(graph, FOLLOWS, null);
        if (always || !links.isIsomorphicWith(previous)) {
            links.addLiteral(graph, FOLLOWS, version);
            store.replaceGraph(graphIri(baseUri), links);
        }
        return count(links);
    }

    /** The record (practice or case study) whose graph is {@code graphIri}, or null for a graph that holds no record. */
    public static String recordOf(String baseUri, String graphIri) {
        for (String kind : List.of("practice", "article")) {
            String prefix = baseUri + "graph/" + kind + "/";
            if (graphIri.startsWith(prefix)) {
                return baseUri + "id/" + kind + "/" + graphIri.substring(prefix.length());
            }
        }
        return null;
    }

    private Model current() {
        Model links = store.construct(Queries.bind(LINKS, Map.of("links", NodeFactory.createURI(graphIri(baseUri)))));
        links.setNsPrefixes(Prefixes.COMMON);
        return links;
    }

    /** Drops every statement about the links of {@code records}: their relations and relation nodes. */
    private static void clear(Model links, Set<String> records) {
        List<Statement> drop = new ArrayList<>();
        Set<Resource> relations = new HashSet<>();
        links.listStatements().forEachRemaining(s -> {
            boolean about = records.contains(s.getSubject().getURI()) || isRecord(s.getObject(), records);
            if (about && s.getPredicate().equals(GP.relates)) {
                relations.add(s.getSubject());
            } else if (about) {
                drop.add(s);
            }
        });
        relations.forEach(r -> links.listStatements(r, null, (RDFNode) null).forEachRemaining(drop::add));
        links.remove(drop);
    }

    private static boolean isRecord(RDFNode node, Set<String> records) {
        return node.isURIResource() && records.contains(node.asResource().getURI());
    }

    /** The practices {@code caseStudy} has most in common with, best first, at most {@value #RELATED}. */
    private List<Candidate> best(String caseStudy) {
        Node bound = NodeFactory.createURI(caseStudy);
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        store.select(Queries.bind(SHARED_FEATURES, Map.of("caseStudy", bound)), rs -> {
            rs.forEachRemaining(row -> {
                String kind = row.getLiteral("kind").getString();
                String label = row.contains("label") ? row.getLiteral("label").getString() : row.getResource("feature").getURI();
                candidates.computeIfAbsent(row.getResource("practice").getURI(), Candidate::new)
                        .add("shared " + kind + ": " + label, WEIGHTS.getOrDefault(kind, 0.0));
            });
            return null;
        });
        return candidates.values().stream().filter(c -> c.score > 0)
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparing(c -> c.practice))
                .limit(RELATED).toList();
    }

    private void add(Model links, String caseStudyIri, Candidate c) {
        Resource caseStudy = links.createResource(caseStudyIri);
        Resource practice = links.createResource(c.practice);
        caseStudy.addProperty(DCTerms.relation, practice);
        practice.addProperty(DCTerms.relation, caseStudy);
        Resource relation = links.createResource(relationIri(caseStudyIri, c.practice), GP.Relation)
                .addProperty(GP.relates, caseStudy)
                .addProperty(GP.relates, practice);
        c.reasons.forEach(reason -> relation.addProperty(GP.reason, reason, "en"));
    }

    private static int count(Model links) {
        return links.listSubjectsWithProperty(RDF.type, GP.Relation).toList().size();
    }

    private static String relationIri(String caseStudy, String practice) {
        return caseStudy + "/related/" + practice.substring(practice.lastIndexOf('/') + 1);
    }

    /** A practice a case study may link to, with what they share. */
    private static final class Candidate {
        private final String practice;
        private final Set<String> reasons = new LinkedHashSet<>();
        private double score;

        Candidate(String practice) {
            this.practice = practice;
        }

        void add(String reason, double weight) {
            if (reasons.add(reason)) {
                score += weight;
            }
        }
    }
}

package org.goodpractice.linkeddata;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;

/**
 * What the store says about one resource: its own triples (with their blank nodes), the triples
 * that point at it, and the labels of the resources on the other side of each.
 *
 * <pre>
 * Optional&lt;Model&gt; practice = new ResourceDescriptions(store).describe("http://localhost:8080/id/practice/0557C2");
 * </pre>
 */
public final class ResourceDescriptions {
    private static final Query DESCRIBE = Queries.load("resource");
    private static final Query EXISTS = Queries.load("resource-exists");
    private static final Query MINTED = Queries.load("minted-resources");
    private static final Query RECORDS = Queries.load("titled-records");

    /** A record graph has three; the bound keeps a hostile graph from costing a query per node. */
    private static final int MAX_FRAGMENTS = 20;

    private final SparqlStore store;

    public ResourceDescriptions(SparqlStore store) {
        this.store = requireNonNull(store, "store");
    }

    /** Every IRI under {@code prefix} that the store describes, in order. */
    public List<String> under(String prefix) {
        Query query = Queries.bind(MINTED, Map.of("prefix", NodeFactory.createLiteralString(requireNonNull(prefix, "prefix"))));
        return store.select(query, rs -> {
            List<String> iris = new ArrayList<>();
            rs.forEachRemaining(row -> iris.add(row.getResource("resource").getURI()));
            return iris;
        });
    }

    /** Every practice and case study typed and titled within one record graph: those that have a page of their own. */
    public Set<String> titledRecords() {
        return store.select(RECORDS, rs -> {
            Set<String> iris = new HashSet<>();
            rs.forEachRemaining(row -> iris.add(row.getResource("record").getURI()));
            return iris;
        });
    }

    /** True when the store mentions {@code iri} at all, or holds a named graph of that name. */
    public boolean exists(String iri) {
        return store.ask(Queries.bind(EXISTS, Map.of("resource", NodeFactory.createURI(requireNonNull(iri, "iri")))));
    }

    /**
     * The description of the named graph {@code graphIri} with those of its fragment nodes
     * ({@code #import}, {@code #source}, {@code #sha256}) that it reaches, or empty when the store
     * neither mentions nor holds such a graph.
     */
    public Optional<Model> describeGraph(String graphIri) {
        Model model = describe(graphIri).orElseGet(ModelFactory::createDefaultModel);
        String fragments = graphIri + "#";
        Set<String> described = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(reached(model, fragments));
        while (!next.isEmpty() && described.size() < MAX_FRAGMENTS) {
            String fragment = next.pop();
            if (described.add(fragment)) {
                describe(fragment).ifPresent(d -> {
                    model.add(d);
                    next.addAll(reached(d, fragments));
                });
            }
        }
        return model.isEmpty() && !exists(graphIri) ? Optional.empty() : Optional.of(model);
    }

    private static Set<String> reached(Model model, String prefix) {
        Set<String> iris = new HashSet<>();
        model.listStatements().forEach(s -> {
            if (s.getObject().isURIResource() && s.getObject().asResource().getURI().startsWith(prefix)) {
                iris.add(s.getObject().asResource().getURI());
            }
            if (s.getSubject().isURIResource() && s.getSubject().getURI().startsWith(prefix)) {
                iris.add(s.getSubject().getURI());
            }
        });
        return iris;
    }

    /** The description of {@code iri}, or empty when the store does not mention it. */
    public Optional<Model> describe(String iri) {
        requireNonNull(iri, "iri");
        Model model = store.construct(Queries.bind(DESCRIBE, Map.of("resource", NodeFactory.createURI(iri))));
        return model.isEmpty() ? Optional.empty() : Optional.of(model);
    }
}

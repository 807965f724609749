package org.goodpractice.api;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.core.Var;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;

/**
 * What the JSON API reads from the store rather than the search index: values with their
 * language tags, a practice's full record and the concepts of a scheme. Every value from a
 * request is bound into a parsed query, never written into query text.
 */
final class ApiRecords {
    private static final Query TITLES = Queries.load("api-titles");
    private static final Query PRACTICE = Queries.load("api-practice");
    private static final Query CONCEPTS = Queries.load("api-concepts");
    /** Fields that hold one value at most; the others are lists. */
    private static final List<String> SINGLE = List.of("id", "start", "end", "annexCompleted");

    private final SparqlStore store;

    ApiRecords(SparqlStore store) {
        this.store = requireNonNull(store, "store");
    }

    /** A text with its language tag ({@code null} when it has none), as every label in the API is given. */
    static Map<String, Object> text(Literal literal) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("value", literal.getLexicalForm());
        text.put("language", literal.getLanguage().isEmpty() ? null : literal.getLanguage());
        return text;
    }

    /** The titles of {@code records}, language-tagged, by record IRI. */
    Map<String, List<Map<String, Object>>> titles(Collection<String> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        Query query = TITLES.cloneQuery();
        Var record = Var.alloc("record");
        List<Binding> rows = records.stream().map(iri -> BindingFactory.binding(record, NodeFactory.createURI(iri))).toList();
        query.setValuesDataBlock(List.of(record), rows);
        return store.select(query, rs -> {
            Map<String, List<Map<String, Object>>> titles = new LinkedHashMap<>();
            rs.forEachRemaining(row -> titles.computeIfAbsent(row.getResource("record").getURI(), k -> new ArrayList<>())
                    .add(text(row.getLiteral("title"))));
            return titles;
        });
    }

    /** The fields of the practice {@code iri}, or empty when the store has no such practice. */
    Optional<Map<String, Object>> practice(String iri) {
        Query query = Queries.bind(PRACTICE, Map.of("practice", NodeFactory.createURI(iri)));
        Map<String, Object> fields = store.select(query, rs -> {
            Map<String, Object> found = new LinkedHashMap<>();
            Map<String, Map<String, Object>> links = new LinkedHashMap<>();
            rs.forEachRemaining(row -> add(found, links, row));
            return found;
        });
        return fields.isEmpty() ? Optional.empty() : Optional.of(fields);
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> fields, Map<String, Map<String, Object>> links, QuerySolution row) {
        String field = row.getLiteral("field").getString();
        RDFNode value = row.get("value");
        if (row.contains("iri")) {
            String iri = row.getResource("iri").getURI();
            Map<String, Object> link = links.computeIfAbsent(field + " " + iri, k -> {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("iri", iri);
                l.put("labels", new ArrayList<>());
                ((List<Object>) fields.computeIfAbsent(field, f -> new ArrayList<>())).add(l);
                return l;
            });
            if (value != null && value.isLiteral()) {
                addOnce((List<Object>) link.get("labels"), text(value.asLiteral()));
            }
        } else if (SINGLE.contains(field)) {
            fields.put(field, value.asLiteral().getLexicalForm());
        } else {
            ((List<Object>) fields.computeIfAbsent(field, f -> new ArrayList<>())).add(text(value.asLiteral()));
        }
    }

    /** The scheme's labels and its concepts, or empty when the store knows no such scheme. */
    Optional<Map<String, Object>> scheme(String schemeIri) {
        Query query = Queries.bind(CONCEPTS, Map.of("scheme", NodeFactory.createURI(schemeIri)));
        return store.select(query, rs -> {
            List<Object> labels = new ArrayList<>();
            Map<String, Map<String, Object>> concepts = new LinkedHashMap<>();
            rs.forEachRemaining(row -> {
                if (!row.contains("concept")) {
                    labels.add(text(row.getLiteral("label")));
                    return;
                }
                concept(concepts, row);
            });
            if (labels.isEmpty() && concepts.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> scheme = new LinkedHashMap<>();
            scheme.put("iri", schemeIri);
            scheme.put("labels", labels);
            scheme.put("concepts", List.copyOf(concepts.values()));
            return Optional.of(scheme);
        });
    }

    @SuppressWarnings("unchecked")
    private static void concept(Map<String, Map<String, Object>> concepts, QuerySolution row) {
        String iri = row.getResource("concept").getURI();
        Map<String, Object> concept = concepts.computeIfAbsent(iri, k -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("iri", iri);
            c.put("notation", null);
            c.put("labels", new ArrayList<>());
            c.put("broader", new ArrayList<>());
            return c;
        });
        if (row.contains("label")) {
            addOnce((List<Object>) concept.get("labels"), text(row.getLiteral("label")));
        }
        if (row.contains("notation")) {
            concept.put("notation", row.getLiteral("notation").getLexicalForm());
        }
        if (row.contains("broader")) {
            addOnce((List<Object>) concept.get("broader"), row.getResource("broader").getURI());
        }
    }

    /** The query joins labels, notations and broader concepts, so a value may come on several rows. */
    private static void addOnce(List<Object> list, Object value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}

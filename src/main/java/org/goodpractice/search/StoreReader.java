package org.goodpractice.search;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.goodpractice.ingest.Iris;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;

/**
 * Reads what the search index needs from a store through two SPARQL queries: the records
 * ({@code queries/search-records.rq}) and the concepts and places they point to
 * ({@code queries/search-concepts.rq}).
 *
 * <pre>
 * StoreReader reader = new StoreReader(store, "http://localhost:8080/");
 * Concepts concepts = reader.concepts();
 * List&lt;IndexedRecord&gt; records = reader.records(concepts);
 * </pre>
 */
public final class StoreReader {
    private static final Query RECORDS = Queries.load("search-records");
    private static final Query CONCEPTS = Queries.load("search-concepts");
    private static final Query RECORDS_IN_GRAPHS = Queries.load("search-records-in-graphs");

    private final SparqlStore store;
    private final String baseUri;

    public StoreReader(SparqlStore store, String baseUri) {
        this.store = requireNonNull(store, "store");
        this.baseUri = requireNonNull(baseUri, "baseUri");
    }

    /**
     * Every concept and place the ontology and gazetteer graphs label, with its broader concept
     * and coordinates; records are not read, so this costs the same at any number of records.
     */
    public Concepts concepts() {
        Map<String, Map<String, String>> fields = new HashMap<>();
        for (String graph : List.of(Ontology.graphIri(baseUri), Iris.gazetteerGraph(baseUri))) {
            store.select(Queries.bind(CONCEPTS, Map.of("graph", NodeFactory.createURI(graph))), rs -> {
                rs.forEachRemaining(row -> {
                    RDFNode subject = row.get("subject");
                    if (subject.isURIResource()) {
                        fields.computeIfAbsent(subject.asResource().getURI(), s -> new HashMap<>())
                                .putIfAbsent(row.getLiteral("field").getString(), text(row.get("value")));
                    }
                });
                return null;
            });
        }
        Concepts namespaces = new Concepts(baseUri, Map.of(), Map.of());
        Map<String, Concept> concepts = new HashMap<>();
        Map<String, Place> places = new HashMap<>();
        fields.forEach((iri, f) -> {
            String label = f.get("label");
            if (label == null) {
                return;
            }
            namespaces.facetOf(iri).ifPresent(facet -> concepts.put(iri,
                    new Concept(facet, iri.substring(namespaces.prefix(facet).length()), iri, label, f.get("broader"))));
            if (namespaces.isPlace(iri)) {
                places.put(iri, new Place(iri, label, number(f.get("lat")), number(f.get("long"))));
            }
        });
        return new Concepts(baseUri, concepts, places);
    }

    /** Every practice and case study in the store. */
    public List<IndexedRecord> records(Concepts concepts) {
        return read(RECORDS, null, concepts);
    }

    /** The practices and case studies whose type each of {@code graphs} states, by graph. */
    public Map<String, Set<String>> recordsIn(Collection<String> graphs) {
        if (graphs.isEmpty()) {
            return Map.of();
        }
        Query query = RECORDS_IN_GRAPHS.cloneQuery();
        Var graph = Var.alloc("graph");
        query.setValuesDataBlock(List.of(graph),
                graphs.stream().map(g -> BindingFactory.binding(graph, NodeFactory.createURI(g))).toList());
        return store.select(query, rs -> {
            Map<String, Set<String>> records = new HashMap<>();
            rs.forEachRemaining(row -> records.computeIfAbsent(row.getResource("graph").getURI(), g -> new HashSet<>())
                    .add(row.getResource("record").getURI()));
            return records;
        });
    }

    /** The record {@code iri}, if the store holds it. */
    public Optional<IndexedRecord> record(String iri, Concepts concepts) {
        Query one = Queries.bind(RECORDS, Map.of("record", NodeFactory.createURI(iri)));
        return read(one, iri, concepts).stream().findFirst();
    }

    /** Runs a record query; {@code bound} is the record IRI when the query was bound to one, else null. */
    private List<IndexedRecord> read(Query query, String bound, Concepts concepts) {
        Map<String, Fields> records = new LinkedHashMap<>();
        store.select(query, (ResultSet rs) -> {
            rs.forEachRemaining(row -> {
                String iri = row.contains("record") ? row.getResource("record").getURI() : bound;
                records.computeIfAbsent(iri, i -> new Fields(i, kind(row)))
                        .add(row.getLiteral("field").getString(), row.get("value"));
            });
            return null;
        });
        List<IndexedRecord> result = new ArrayList<>();
        records.values().forEach(f -> f.toRecord(concepts).ifPresent(result::add));
        return result;
    }

    private static RecordType kind(QuerySolution row) {
        String kind = row.getLiteral("kind").getString();
        return RecordType.byKey(kind).orElseThrow(() -> new IllegalStateException("Unknown record kind " + kind));
    }

    private static String text(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : null;
    }

    private static double number(String text) {
        try {
            return text == null ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The rows of one record, gathered before they become an {@link IndexedRecord}. */
    private static final class Fields {
        private final String iri;
        private final RecordType kind;
        private final Map<String, List<String>> values = new HashMap<>();

        Fields(String iri, RecordType kind) {
            this.iri = iri;
            this.kind = kind;
        }

        void add(String field, RDFNode value) {
            String text = text(value);
            if (text != null) {
                values.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
            }
        }

        Optional<IndexedRecord> toRecord(Concepts concepts) {
            String title = first("title");
            if (title == null) {
                return Optional.empty();
            }
            Set<Concept> filed = new LinkedHashSet<>();
            all("concept").forEach(c -> concepts.byIri(c).ifPresent(filed::add));
            Place locality = all("locality").stream().map(concepts::place).flatMap(Optional::stream).findFirst().orElse(null);
            Set<String> places = new LinkedHashSet<>(all("place"));
            filed.stream().filter(c -> c.facet() == Facet.COUNTRY || c.facet() == Facet.REGION)
                    .forEach(c -> concepts.selfAndBroader(c).forEach(b -> places.add(b.label())));
            if (locality != null) {
                places.add(locality.label());
            }
            List<String> texts = new ArrayList<>(all("description"));
            texts.addAll(all("body"));
            return Optional.of(new IndexedRecord(iri, kind, iri.substring(iri.lastIndexOf('/') + 1), title,
                    texts.isEmpty() ? null : texts.get(0), texts.isEmpty() ? null : String.join("\n\n", texts), first("evidence"), all("topic"), List.copyOf(places), List.copyOf(filed),
                    date(first("start")), locality, all("graph"), references()));
        }

        private List<String> references() {
            List<String> refs = new ArrayList<>(all("concept"));
            refs.addAll(all("locality"));
            return refs;
        }

        private String first(String field) {
            List<String> list = values.get(field);
            return list == null ? null : list.get(0);
        }

        private List<String> all(String field) {
            return values.getOrDefault(field, List.of());
        }

        private static LocalDate date(String text) {
            try {
                // A year (xsd:gYear, "2017") or a month (xsd:gYearMonth, "2017-03") sorts and counts as its first day.
                return text == null ? null : text.length() == 4 ? LocalDate.parse(text + "-01-01")
                        : text.length() == 7 ? LocalDate.parse(text + "-01")
                        : LocalDate.parse(text.substring(0, Math.min(10, text.length())));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}

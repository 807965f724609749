package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.goodpractice.Lazy;
import org.goodpractice.place.Cities.City;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.vocab.GP;

/**
 * Keeps the gazetteer graph's cities those the store's records name. After an import it works
 * from what the import changed: the cities of the records written, and the cities the replaced
 * records named before, each of which is asked (bound) whether any record still names it; the
 * gazetteer graph is written only when its cities change. {@link #loadAll} reads the localities of
 * every record instead, for bringing a store in line after a crash.
 *
 * <pre>
 * GazetteerCities cities = new GazetteerCities(store, "http://localhost:8080/");
 * cities.update(GazetteerCities.named(models), citiesOfReplacedRecords);
 * </pre>
 */
final class GazetteerCities {
    private static final Query LOCALITIES = Queries.load("localities");
    private static final Query RECORD_LOCALITIES = Queries.load("record-localities");
    private static final Query IN_USE = Queries.load("locality-in-use");
    private static final Query CITIES = Queries.load("gazetteer-cities");
    private static final Query ANY = Queries.load("graph-exists");

    private final SparqlStore store;
    private final String baseUri;
    private final String graphIri;
    /** Made on first use: the gazetteer tables are read only when the graph is to be written. */
    private final Lazy<GazetteerGraph> gazetteerGraph;

    GazetteerCities(SparqlStore store, String baseUri) {
        this.store = requireNonNull(store, "store");
        this.baseUri = requireNonNull(baseUri, "baseUri");
        this.graphIri = Iris.gazetteerGraph(baseUri);
        this.gazetteerGraph = Lazy.of(() -> new GazetteerGraph(Gazetteer.bundled(), baseUri));
    }

    /** The cities (IRIs) the practices of {@code records} name as their locality. */
    static Set<String> named(Collection<Model> records) {
        Set<String> cities = new HashSet<>();
        records.forEach(m -> m.listObjectsOfProperty(GP.locality)
                .forEachRemaining(o -> cities.add(o.asResource().getURI())));
        return cities;
    }

    /** The cities the stored record graph {@code graph} names; empty for a graph not in the store. */
    Set<String> stored(String graph) {
        return select(Queries.bind(RECORD_LOCALITIES, Map.of("graph", NodeFactory.createURI(graph))));
    }

    /**
     * Adds the cities {@code named} by records just written and drops those of {@code maybeUnused}
     * that no record names any more; writes the graph only when its cities change (or it is missing).
     */
    void update(Set<String> named, Set<String> maybeUnused) {
        Set<String> current = select(Queries.bind(CITIES, Map.of("gazetteer", NodeFactory.createURI(graphIri))));
        Set<String> wanted = new HashSet<>(current);
        wanted.addAll(named);
        for (String city : maybeUnused) {
            if (!named.contains(city) && current.contains(city)
                    && !store.ask(Queries.bind(IN_USE, Map.of("place", NodeFactory.createURI(city))))) {
                wanted.remove(city);
            }
        }
        if (!wanted.equals(current) || !store.ask(Queries.bind(ANY, Map.of("graph", NodeFactory.createURI(graphIri))))) {
            write(wanted);
        }
    }

    /** Writes the gazetteer graph with the cities that any record of the store names. */
    void loadAll() {
        write(select(LOCALITIES));
    }

    private void write(Set<String> iris) {
        List<City> cities = new ArrayList<>();
        String prefix = baseUri + Iris.PLACE;
        for (String iri : iris) {
            if (iri.startsWith(prefix)) {
                Gazetteer.bundled().cities().bySlug(iri.substring(prefix.length())).ifPresent(cities::add);
            }
        }
        store.replaceGraph(graphIri, gazetteerGraph.get().graph(cities));
    }

    private Set<String> select(Query query) {
        return store.select(query, rs -> {
            Set<String> iris = new HashSet<>();
            rs.forEachRemaining(row -> iris.add(row.getResource("place").getURI()));
            return iris;
        });
    }
}

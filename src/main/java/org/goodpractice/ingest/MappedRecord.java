package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.place.Cities.City;
import org.goodpractice.place.Countries.Country;
import org.goodpractice.place.Location;
import org.goodpractice.place.NutsRegions.Region;

/**
 * A record as a {@link RecordFormat} mapped it, before enrichment: identifier, title, its IRI and
 * named graph, the graph's content, the gazetteer places it links to, the text topics are inferred
 * from (null when the format infers its own) and warnings for the user.
 */
public record MappedRecord(String id, String title, String iri, String graph, Model model,
        List<Country> countries, List<Region> regions, List<City> cities, String text, List<String> warnings) {
    public MappedRecord {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(iri, "iri");
        requireNonNull(graph, "graph");
        requireNonNull(model, "model");
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        cities = List.copyOf(cities);
        warnings = List.copyOf(warnings);
    }

    /** The places of one location, or none when {@code location} is null. */
    public static MappedRecord of(String id, String title, String iri, String graph, Model model, Location location,
                                  String text, List<String> warnings) {
        return new MappedRecord(id, title, iri, graph, model,
                location == null || location.country() == null ? List.of() : List.of(location.country()),
                location == null ? List.of() : location.regions(),
                location == null || location.city() == null ? List.of() : List.of(location.city()), text, warnings);
    }
}

package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.place.Cities.City;
import org.goodpractice.place.Countries.Country;
import org.goodpractice.place.Location;
import org.goodpractice.place.NutsRegions.Region;

/**
 * A record as a {@link RecordFormat} mapped it, before enrichment: identifier, title, its IRI and
 * named graph, the graph's content, the gazetteer places it links to itself (a format that finds
 * places in prose), the text topics are inferred from (null when the format infers its own),
 * warnings for the user, and what its source writes that {@link Enrichment} reads: the address
 * (resolved to gazetteer links) and the evidence (read for indicators); either may be null.
 */
public record MappedRecord(String id, String title, String iri, String graph, Model model,
        List<Country> countries, List<Region> regions, List<City> cities, String text, List<String> warnings,
        Address address, Evidence evidence) {
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

    /** A record that links no places itself and has no warnings of its own: what enrichment finds is all. */
    public static MappedRecord of(String id, String title, String iri, String graph, Model model, Address address,
                                  Evidence evidence, String text) {
        return new MappedRecord(id, title, iri, graph, model, List.of(), List.of(), List.of(), text, List.of(),
                address, evidence);
    }

    /** This record with {@code more} warnings for the user added. */
    public MappedRecord withWarnings(List<String> more) {
        return more.isEmpty() ? this : with(null, more);
    }

    /** This record with the places of {@code location} (when not null) and {@code more} warnings added. */
    MappedRecord with(Location location, List<String> more) {
        List<Country> c = new ArrayList<>(countries);
        List<Region> r = new ArrayList<>(regions);
        List<City> t = new ArrayList<>(cities);
        if (location != null) {
            if (location.country() != null) {
                c.add(location.country());
            }
            r.addAll(location.regions());
            if (location.city() != null) {
                t.add(location.city());
            }
        }
        List<String> w = new ArrayList<>(warnings);
        w.addAll(more);
        return new MappedRecord(id, title, iri, graph, model, c, r, t, text, w, address, evidence);
    }

    /** A part of a place as written: its text, and the line and field a refusal names. */
    public record Part(String value, int line, String field) {
        public Part {
            requireNonNull(value, "value");
            requireNonNull(field, "field");
        }
    }

    /**
     * A location as the source writes it: one run-together text (an annex: "FRANCE RHÔNE-ALPES Lyon"),
     * or labelled parts (a country, and a region and city within it, each null when not given).
     */
    public record Address(String text, Part country, Part region, Part city) {
        public Address {
            if ((text == null) == (country == null)) {
                throw new IllegalArgumentException("an address is either one text or parts with a country");
            }
        }

        public static Address of(String text) {
            return new Address(requireNonNull(text, "text"), null, null, null);
        }

        public static Address of(Part country, Part region, Part city) {
            return new Address(null, requireNonNull(country, "country"), region, city);
        }
    }

    /**
     * The text indicators are read from: the evidence of success, and the resources needed (of which
     * only sums of money are kept); {@code line} and {@code field} are what a refusal names.
     */
    public record Evidence(List<String> evidence, List<String> resources, int line, String field) {
        public Evidence {
            evidence = List.copyOf(evidence);
            resources = List.copyOf(resources);
            requireNonNull(field, "field");
        }
    }
}

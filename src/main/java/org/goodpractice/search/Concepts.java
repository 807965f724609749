package org.goodpractice.search;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.goodpractice.place.Countries;

/**
 * The concepts and places of a store at one moment: labels, keys and the broader hierarchy,
 * so facet values can be named and regions rolled up without asking the store again.
 *
 * <pre>
 * Concepts concepts = new StoreReader(store, base).concepts();
 * concepts.get(Facet.REGION, "UKG31").map(Concept::label);
 * </pre>
 */
public final class Concepts {
    /** Base of the NUTS code IRIs the gazetteer uses for regions. */
    public static final String NUTS = "http://data.europa.eu/nuts/code/";

    private final String baseUri;
    private final Map<String, Concept> byIri;
    private final Map<String, Place> places;
    private final Map<Facet, Map<String, Concept>> byKey = new EnumMap<>(Facet.class);

    Concepts(String baseUri, Map<String, Concept> byIri, Map<String, Place> places) {
        this.baseUri = requireNonNull(baseUri, "baseUri");
        this.byIri = Map.copyOf(byIri);
        this.places = Map.copyOf(places);
        byIri.values().forEach(c -> byKey.computeIfAbsent(c.facet(), f -> new HashMap<>()).put(c.key(), c));
    }

    /** The facet whose concepts live under the namespace of {@code iri}, if any. */
    public Optional<Facet> facetOf(String iri) {
        for (Facet facet : List.of(Facet.PROGRAMME, Facet.PRIORITY, Facet.SUB_THEME, Facet.COUNTRY, Facet.REGION)) {
            if (iri.startsWith(prefix(facet)) && iri.length() > prefix(facet).length()) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }

    /** True when {@code iri} names a locality minted by this repository. */
    public boolean isPlace(String iri) {
        return iri.startsWith(baseUri + "id/place/");
    }

    /** The IRI namespace of a concept facet's values. */
    String prefix(Facet facet) {
        return switch (facet) {
            case PROGRAMME -> baseUri + "id/concept/programme/";
            case PRIORITY -> baseUri + "id/concept/interreg-ivc/priority/";
            case SUB_THEME -> baseUri + "id/concept/interreg-ivc/sub-theme/";
            case COUNTRY -> Countries.AUTHORITY;
            case REGION -> NUTS;
            default -> throw new IllegalArgumentException(facet + " has no concepts");
        };
    }

    /** The concepts and places that differ between this and {@code other}: added, removed or relabelled. */
    Set<String> changedIris(Concepts other) {
        Set<String> changed = new HashSet<>();
        differences(byIri, other.byIri, changed);
        differences(places, other.places, changed);
        return changed;
    }

    private static <V> void differences(Map<String, V> a, Map<String, V> b, Set<String> into) {
        a.forEach((iri, v) -> {
            if (!v.equals(b.get(iri))) {
                into.add(iri);
            }
        });
        b.keySet().stream().filter(iri -> !a.containsKey(iri)).forEach(into::add);
    }

    public Optional<Concept> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    public Optional<Concept> get(Facet facet, String key) {
        return Optional.ofNullable(byKey.getOrDefault(facet, Map.of()).get(key));
    }

    /** The label of a facet value, or the value itself when the store names no such concept. */
    public String label(Facet facet, String key) {
        return switch (facet) {
            case TYPE -> RecordType.byKey(key).map(RecordType::label).orElse(key);
            case DECADE -> key + "–" + (Integer.parseInt(key) + 9);
            case REGION -> get(facet, key).map(c -> c.label() + " (" + key + ")").orElse(key);
            default -> get(facet, key).map(Concept::label).orElse(key);
        };
    }

    public Optional<Place> place(String iri) {
        return Optional.ofNullable(places.get(iri));
    }

    /** {@code concept} and everything broader than it, nearest first; stops at cycles. */
    public List<Concept> selfAndBroader(Concept concept) {
        Set<Concept> chain = new LinkedHashSet<>();
        Concept c = concept;
        while (c != null && chain.add(c)) {
            c = c.broader() == null ? null : byIri.get(c.broader());
        }
        return List.copyOf(chain);
    }

    /** The concepts whose broader concept is {@code concept}, by label. */
    public List<Concept> narrower(Concept concept) {
        List<Concept> children = new ArrayList<>();
        byIri.values().stream().filter(c -> concept.iri().equals(c.broader())).forEach(children::add);
        children.sort(Comparator.comparing(Concept::label, String.CASE_INSENSITIVE_ORDER));
        return children;
    }

    /** The concept {@code concept} is narrower than, if the store knows it. */
    public Optional<Concept> broader(Concept concept) {
        return concept.broader() == null ? Optional.empty() : byIri(concept.broader());
    }

    /** Every concept of {@code facet}, by label. */
    public List<Concept> all(Facet facet) {
        return byKey.getOrDefault(facet, Map.of()).values().stream()
                .sorted(Comparator.comparing(Concept::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}

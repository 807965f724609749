package org.goodpractice.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.goodpractice.catalog.PracticeView;
import org.goodpractice.search.Concept;
import org.goodpractice.search.Concepts;
import org.goodpractice.search.Facet;
import org.goodpractice.search.Hit;
import org.goodpractice.search.Place;
import org.goodpractice.search.SearchEngine;

/**
 * What a practice page shows beyond the record itself, from the search index: links to its
 * concept and place pages, a map point, related practices, its data formats and a citation.
 *
 * @param places country, then regions from broadest to most precise, then the locality
 */
record PracticeExtras(String iri, String priorityHref, String subThemeHref, List<PlaceLink> places, MapPoint map,
        List<HitView> related, List<Format> formats, String describeHref, String citation) {
    private static final int RELATED = 5;

    /** A place the practice is in, linked to its page (or, for a locality, its IRI). */
    record PlaceLink(String kind, String label, String href) {
    }

    record MapPoint(double lat, double lon, String label) {
    }

    /** A format the record's IRI serves by content negotiation. */
    record Format(String label, String mediaType) {
    }

    static final List<Format> FORMATS = List.of(new Format("Turtle", "text/turtle"),
            new Format("JSON-LD", "application/ld+json"), new Format("RDF/XML", "application/rdf+xml"),
            new Format("N-Triples", "application/n-triples"));

    static PracticeExtras of(PracticeView practice, SearchEngine engine) {
        Optional<Hit> hit = engine.hit(practice.iri());
        Concepts concepts = engine.index().concepts();
        List<PlaceLink> places = new ArrayList<>();
        MapPoint map = null;
        String priority = null;
        String subTheme = null;
        if (hit.isPresent()) {
            priority = hit.get().concept(Facet.PRIORITY).map(PracticeExtras::page).orElse(null);
            subTheme = hit.get().concept(Facet.SUB_THEME).map(PracticeExtras::page).orElse(null);
            hit.get().concept(Facet.COUNTRY).ifPresent(c -> places.add(new PlaceLink("Country", c.label(), page(c))));
            hit.get().concept(Facet.REGION).ifPresent(region -> {
                List<Concept> chain = new ArrayList<>(concepts.selfAndBroader(region));
                Collections.reverse(chain);
                chain.stream().filter(c -> c.facet() == Facet.REGION)
                        .forEach(c -> places.add(new PlaceLink("Region", c.label() + " (" + c.key() + ")", page(c))));
            });
            Place locality = hit.get().locality();
            if (locality != null) {
                places.add(new PlaceLink("Locality", locality.label(), locality.iri()));
                map = locality.located() ? new MapPoint(locality.lat(), locality.lon(), locality.label()) : null;
            }
        }
        List<HitView> related = engine.related(practice.iri(), RELATED).stream().map(HitView::of).toList();
        String describe = Paths.SPARQL + "?query=" + URLEncoder.encode("DESCRIBE <" + practice.iri() + ">", StandardCharsets.UTF_8);
        return new PracticeExtras(practice.iri(), priority, subTheme, places, map, related, FORMATS, describe, citation(practice));
    }

    /** "Organisation (year). Title. Good practice ID. Good-practice repository. IRI" with what the record has. */
    private static String citation(PracticeView p) {
        StringBuilder s = new StringBuilder();
        if (p.contactOrganisation() != null) {
            s.append(p.contactOrganisation().label());
            if (p.annexCompleted() != null) {
                s.append(" (").append(p.annexCompleted(), 0, 4).append(')');
            }
            s.append(". ");
        }
        s.append(p.title()).append(". Good practice ").append(p.id()).append(". Good-practice repository. ").append(p.iri());
        return s.toString();
    }

    /** True when there is anything to show under "Where". */
    public boolean hasPlaces() {
        return !places.isEmpty() || map != null;
    }

    /** The page of a concept. */
    static String page(Concept c) {
        return switch (c.facet()) {
            case PRIORITY -> Paths.priority(c.key());
            case SUB_THEME -> Paths.subTheme(c.key());
            case COUNTRY -> Paths.country(c.key());
            default -> Paths.region(c.key());
        };
    }
}

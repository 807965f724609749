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
import org.goodpractice.search.HitAndRelated;
import org.goodpractice.search.Place;
import org.goodpractice.search.SearchEngine;

/**
 * What a practice page shows beyond the record itself, from the search index: links to its
 * concept and place pages, a map point, related practices, a SPARQL link and a citation.
 *
 * @param programmeHref the search for the practices of the same programme
 * @param places the practice's country and regions (broadest first), linked to their pages
 */
record PracticeExtras(String iri, String programmeHref, String priorityHref, String subThemeHref, List<PlaceLink> places, MapPoint map,
        List<HitView> related, String describeHref, String citation) {
    private static final int RELATED = 5;

    /** A place the practice is in, linked to its page. */
    record PlaceLink(String label, String href) {
    }

    record MapPoint(double lat, double lon, String label) {
    }

    static PracticeExtras of(PracticeView practice, SearchEngine engine) {
        Optional<HitAndRelated> found = engine.hitAndRelated(practice.iri(), RELATED);
        Optional<Hit> hit = found.map(HitAndRelated::hit);
        Concepts concepts = engine.index().concepts();
        List<PlaceLink> places = new ArrayList<>();
        MapPoint map = null;
        String priority = null;
        String subTheme = null;
        if (hit.isPresent()) {
            priority = hit.get().concept(Facet.PRIORITY).map(PracticeExtras::page).orElse(null);
            subTheme = hit.get().concept(Facet.SUB_THEME).map(PracticeExtras::page).orElse(null);
            hit.get().concept(Facet.COUNTRY).ifPresent(c -> places.add(new PlaceLink(c.label(), page(c))));
            hit.get().concept(Facet.REGION).ifPresent(region -> {
                List<Concept> chain = new ArrayList<>(concepts.selfAndBroader(region));
                Collections.reverse(chain);
                chain.stream().filter(c -> c.facet() == Facet.REGION)
                        .forEach(c -> places.add(new PlaceLink(c.label() + " (" + c.key() + ")", page(c))));
            });
            Place locality = hit.get().locality();
            if (locality != null && locality.located()) {
                map = new MapPoint(locality.lat(), locality.lon(), locality.label());
            }
        }
        List<HitView> related = found.map(HitAndRelated::related).orElse(List.of()).stream().map(HitView::of).toList();
        String describe = Paths.SPARQL + "?query=" + URLEncoder.encode("DESCRIBE <" + practice.iri() + ">", StandardCharsets.UTF_8);
        String programme = practice.programme() == null ? null : Paths.SEARCH + "?programme="
                + URLEncoder.encode(practice.programme().iri().substring(practice.programme().iri().lastIndexOf('/') + 1),
                StandardCharsets.UTF_8);
        return new PracticeExtras(practice.iri(), programme, priority, subTheme, places, map, related, describe, citation(practice));
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

package org.goodpractice.web;

import java.util.ArrayList;
import java.util.List;

import org.goodpractice.search.Concept;
import org.goodpractice.search.Facet;
import org.goodpractice.search.Hit;
import org.goodpractice.search.RecordType;

/** A record in a result list: where its page is and the few facts that tell it apart. */
public record HitView(String href, String title, String kind, boolean caseStudy, String snippet, String themes,
        String place, Integer year) {

    static HitView of(Hit hit) {
        List<String> themes = new ArrayList<>();
        hit.concept(Facet.PRIORITY).ifPresent(c -> themes.add(c.label()));
        hit.concept(Facet.SUB_THEME).ifPresent(c -> themes.add(c.label()));
        return new HitView(href(hit), hit.title(), hit.kind().label(), hit.kind() == RecordType.CASE_STUDY,
                hit.snippet(), String.join(" › ", themes), place(hit), hit.startYear());
    }

    /** The page of a record. */
    static String href(Hit hit) {
        return hit.kind() == RecordType.CASE_STUDY ? Paths.article(hit.key()) : Paths.practice(hit.key());
    }

    /** "Locality, region, country" as far as the record's place is resolved. */
    static String place(Hit hit) {
        List<String> parts = new ArrayList<>();
        if (hit.locality() != null) {
            parts.add(hit.locality().label());
        }
        hit.concept(Facet.REGION).map(Concept::label).ifPresent(parts::add);
        hit.concept(Facet.COUNTRY).map(Concept::label).ifPresent(parts::add);
        return String.join(", ", parts);
    }
}

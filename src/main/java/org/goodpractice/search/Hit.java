package org.goodpractice.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A record as a result list shows it, read from the index.
 *
 * @param concepts the concepts the record is filed under (not those broader than them)
 * @param snippet  the start of the description, or null
 * @param topics   the record's topics, lower case
 */
public record Hit(String iri, RecordType kind, String key, String title, String snippet, LocalDate start,
        List<Concept> concepts, Place locality, List<String> topics) {

    /** The first concept of {@code facet} the record is filed under. */
    public Optional<Concept> concept(Facet facet) {
        return concepts.stream().filter(c -> c.facet() == facet).findFirst();
    }

    public Integer startYear() {
        return start == null ? null : start.getYear();
    }
}

package org.goodpractice.search;

import java.util.List;
import java.util.Map;

/**
 * The whole index at a glance: how many records, and how many per value of each facet.
 *
 * @param localities records per located locality, for the map
 */
public record Overview(int total, Map<Facet, List<FacetCount>> counts, List<LocalityCount> localities) {

    /** The number of records of one kind. */
    public int count(RecordType kind) {
        return counts.getOrDefault(Facet.TYPE, List.of()).stream().filter(c -> c.key().equals(kind.key()))
                .mapToInt(FacetCount::count).sum();
    }

    /** The number of distinct values of {@code facet} that some record has. */
    public int distinct(Facet facet) {
        return counts.getOrDefault(facet, List.of()).size();
    }

    /** A place on the map and how many records are there. */
    public record LocalityCount(Place place, int count) {
    }
}

package org.goodpractice.search;

import java.util.List;

/** The values of one facet with their counts, most frequent first (decades in time order). */
public record FacetCounts(Facet facet, List<FacetCount> values) {
}

package org.goodpractice.search;

import java.util.List;

/**
 * One page of results with the facet counts of the whole result set. Counts of a facet the
 * search narrows by are taken as if that facet were not chosen ("drill sideways"), so its other
 * values stay visible and can be added.
 */
public record SearchResults(SearchRequest request, int total, List<Hit> hits, List<FacetCounts> facets) {

    public int pages() {
        return Math.max(1, Math.min(SearchRequest.MAX_PAGE, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE));
    }

    /** The position of the first hit on this page, counting from 1. */
    public int first() {
        return (request.page() - 1) * SearchRequest.PAGE_SIZE + 1;
    }

    public int last() {
        return first() + hits.size() - 1;
    }
}

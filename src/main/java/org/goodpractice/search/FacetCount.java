package org.goodpractice.search;

/** How many results have one value of a facet, and whether the search chose that value. */
public record FacetCount(Facet facet, String key, String label, int count, boolean selected) {
}

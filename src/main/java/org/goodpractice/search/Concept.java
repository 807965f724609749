package org.goodpractice.search;

/**
 * A concept records are filed under: a priority, sub-theme, country or region, known by the
 * facet it belongs to and its key in that facet (the last segment of its IRI, e.g. {@code 1},
 * {@code water-management}, {@code GBR}, {@code UKG31}).
 *
 * @param broader the IRI of the broader concept, or null at the top
 */
public record Concept(Facet facet, String key, String iri, String label, String broader) {
}

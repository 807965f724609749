package org.goodpractice.catalog;

/** Something a page links to: its label and IRI (the IRI may be null when only a label is known). */
public record Link(String label, String iri) {
}

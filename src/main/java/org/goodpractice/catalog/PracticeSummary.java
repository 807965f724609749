package org.goodpractice.catalog;

/** One line of the practice list: enough to recognise a practice and pick it. */
public record PracticeSummary(String id, String title, Link priority, Link subTheme, String country, Integer startYear) {
}

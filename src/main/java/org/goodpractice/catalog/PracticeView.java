package org.goodpractice.catalog;

import java.util.List;

/** Everything a practice record says, ready for its page. Optional parts are null or empty. */
public record PracticeView(
        String iri,
        String id,
        String title,
        Link priority,
        Link subTheme,
        Place location,
        String start,
        String end,
        List<String> topics,
        List<String> description,
        List<String> evidence,
        Link contactPerson,
        Link contactOrganisation,
        String annexCompleted) {

    /** A location as written in the record, and the parts it was split into. */
    public record Place(String text, String country, List<String> regions, String locality) {
    }
}

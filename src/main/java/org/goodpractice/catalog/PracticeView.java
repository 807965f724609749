package org.goodpractice.catalog;

import java.util.List;

/** Everything a practice record says, ready for its page. Optional parts are null or empty. */
public record PracticeView(
        String iri,
        String id,
        String title,
        Link programme,
        List<Link> programmeTopics,
        Link priority,
        Link subTheme,
        Place location,
        String start,
        String end,
        List<String> topics,
        List<String> description,
        List<String> evidence,
        PlatformTexts platform,
        Link contactPerson,
        Link contactOrganisation,
        String annexCompleted,
        ResolvedPlace place,
        List<IndicatorRow> indicators,
        Provenance provenance) {

    /**
     * What an Interreg Europe practice says beyond an annex: resources, transfer, further information
     * (and its web address), the expert's opinion (a third party's words), the owner, its country and the project.
     */
    public record PlatformTexts(List<String> resources, List<String> transfer, List<String> furtherInformation,
            String url, List<String> expertOpinion, Link owner, Link ownerCountry, String project) {
    }

    /** A location as written in the record (the address node {@code iri}), and the parts it was split into. */
    public record Place(String iri, String text, String country, List<String> regions, String locality) {
    }

    /** What the location resolved to in the gazetteer: country, NUTS regions and city; null parts did not resolve. */
    public record ResolvedPlace(Link country, List<Link> regions, Point locality) {
    }

    /** A city of the gazetteer with its WGS84 position in decimal degrees. */
    public record Point(String label, String iri, String lat, String lon) {
    }

    /** One indicator read from the evidence of success, formatted for reading; {@code counts} only when it says more than {@code unit}. */
    public record IndicatorRow(String value, String qualifier, String unit, String counts, String period, String sentence) {
    }

    /** Where the record came from: its graph, source file and checksum, import time and importer version. */
    public record Provenance(String graph, String file, String sha256, String importedAt, String importerVersion) {
    }
}

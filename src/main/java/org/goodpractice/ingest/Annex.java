package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

import org.goodpractice.ontology.ProgrammeSchemes.Concept;

/**
 * One Interreg good-practice annex as parsed and checked, before it becomes RDF.
 * Optional parts are null (or empty lists) when the annex does not give them.
 */
public record Annex(
        String index,
        String title,
        Concept priority,
        Concept subTheme,
        Location location,
        LocalDate start,
        LocalDate end,
        List<String> topics,
        List<String> description,
        List<String> evidence,
        String contactPerson,
        String contactOrganisation,
        LocalDate completed) {

    public Annex {
        requireNonNull(index, "index");
        requireNonNull(title, "title");
        requireNonNull(priority, "priority");
        topics = List.copyOf(topics);
        description = List.copyOf(description);
        evidence = List.copyOf(evidence);
    }

    /**
     * A location as written: the full text, and the country, regions and locality it was split
     * into. Resolving these to standard identifiers happens later, in the gazetteer.
     */
    public record Location(String text, String country, List<String> regions, String locality) {
        public Location {
            requireNonNull(text, "text");
            regions = List.copyOf(regions);
        }
    }
}

package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

import org.goodpractice.ontology.ProgrammeSchemes.Concept;

/**
 * One Interreg good-practice annex as parsed and checked, before it becomes RDF.
 * Optional parts are null (or empty lists) when the annex does not give them. The location is its
 * text as written and the evidence its lines ({@code evidenceLine} is the heading's): both are
 * resolved after mapping, by {@link Enrichment}.
 */
public record Annex(
        String index,
        String title,
        Concept priority,
        Concept subTheme,
        String location,
        LocalDate start,
        LocalDate end,
        List<String> topics,
        List<String> description,
        List<String> evidence,
        int evidenceLine,
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

}

package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

import org.goodpractice.evidence.Indicator;
import org.goodpractice.ontology.ProgrammeSchemes.Concept;
import org.goodpractice.place.Location;

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
        List<Indicator> indicators,
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
        indicators = List.copyOf(indicators);
    }

    /** What the importer should tell the user about this record although it imports: unresolved places. */
    public List<String> warnings() {
        return location == null ? List.of() : location.warnings().stream().map(w -> "Location: " + w).toList();
    }
}

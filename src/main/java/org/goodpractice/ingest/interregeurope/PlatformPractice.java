package org.goodpractice.ingest.interregeurope;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

import org.goodpractice.ingest.MappedRecord.Address;
import org.goodpractice.ontology.ProgrammeSchemes.Concept;
import org.goodpractice.place.Countries.Country;

/**
 * One Interreg Europe good practice as parsed and checked, before it becomes RDF. Optional parts
 * are null (or empty lists) when the record does not give them; a null {@code end} with a
 * {@code start} means the practice is ongoing. {@code priority}, {@code subTheme} and
 * {@code annexCompleted} are an Interreg IVC annex's, kept by a practice imported from one and edited on the web.
 */
record PlatformPractice(
        String id,
        String title,
        List<Concept> topics,
        Address location,
        PlatformDate start,
        PlatformDate end,
        List<String> description,
        List<String> resources,
        List<String> evidence,
        List<String> transfer,
        List<String> furtherInformation,
        String url,
        String ownerOrganisation,
        Country ownerCountry,
        String contactPerson,
        String project,
        List<String> expertOpinion,
        int evidenceLine,
        Concept priority,
        Concept subTheme,
        LocalDate annexCompleted) {

    PlatformPractice {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        topics = List.copyOf(topics);
        description = List.copyOf(description);
        resources = List.copyOf(resources);
        evidence = List.copyOf(evidence);
        transfer = List.copyOf(transfer);
        furtherInformation = List.copyOf(furtherInformation);
        expertOpinion = List.copyOf(expertOpinion);
    }

}

package org.goodpractice.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What the search index knows of one record, read from the store.
 *
 * @param key      the last segment of the record's IRI: a practice's index or a case study's slug
 * @param summary  the description a result list quotes from, or null
 * @param text     every text the record is searched by besides title, evidence and topics (description, article body)
 * @param concepts the concepts the record is filed under, as the record states them
 * @param places   place names as written or resolved (country, regions, locality), for full text
 * @param start    the start date, or null
 * @param locality the resolved locality, or null
 * @param graphs   the named graphs that state the record's type: where its changes are found
 * @param references every concept and place IRI the record names, resolved or not, so that the
 *                 record is indexed again when one of them gets (or changes) its label
 */
public record IndexedRecord(
        String iri,
        RecordType kind,
        String key,
        String title,
        String summary,
        String text,
        String evidence,
        List<String> topics,
        List<String> places,
        List<Concept> concepts,
        LocalDate start,
        Place locality,
        List<String> graphs,
        List<String> references) {
}

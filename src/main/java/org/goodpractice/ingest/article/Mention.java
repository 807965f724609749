package org.goodpractice.ingest.article;

/**
 * Something an article mentions, found by a named rule: the name it is recorded under, the text
 * as written and the sentence it came from, so that every extracted fact can be explained. The
 * IRI is known for things looked up in a scheme or gazetteer (places, programmes), and null for
 * names the mapper mints an IRI for (organisations).
 */
public record Mention(String iri, String name, String text, String rule, String sentence) {
}

package org.goodpractice.catalog;

import java.util.List;

/** Everything a case study's page shows: the article, what was extracted from it, and why. */
public record CaseStudyView(
        String iri,
        String id,
        String title,
        List<Link> categories,
        List<String> paragraphs,
        List<String> captions,
        List<Author> authors,
        List<Link> places,
        List<Fact> mentions,
        List<Fact> figures,
        List<Fact> inferred,
        List<Related> related) {

    /** An author with the honorific, job title and affiliation read from the bio sentence. */
    public record Author(String name, String honorific, String jobTitle, String affiliation) {
    }

    /** An extracted or inferred fact: what it is, the rule or score behind it, and its source words. */
    public record Fact(String label, String iri, String how, String source) {
    }

    /** A record the case study is related to, with the reasons. */
    public record Related(String title, String href, List<String> reasons) {
    }
}

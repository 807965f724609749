package org.goodpractice.ingest.article;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A case-study article (such as a blog post) as parsed: its headline, categories, body
 * paragraphs, image captions and the authors named in its closing bio sentences.
 */
public record Article(String slug, String headline, List<String> categories, List<String> paragraphs,
        List<String> captions, List<Author> authors) {

    public Article {
        requireNonNull(slug, "slug");
        requireNonNull(headline, "headline");
        categories = List.copyOf(categories);
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        authors = List.copyOf(authors);
    }

    /**
     * An author as described by a bio sentence: "Dr Phil Tomlinson is Senior Lecturer … in our
     * School of Management". The honorific is kept apart from the name; job title and
     * affiliation are null when the sentence does not give them.
     */
    public record Author(String name, String honorific, String jobTitle, String affiliation, String sentence) {
        public Author {
            requireNonNull(name, "name");
            requireNonNull(sentence, "sentence");
        }
    }
}

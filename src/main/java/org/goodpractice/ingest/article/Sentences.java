package org.goodpractice.ingest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits paragraphs into sentences, so that every extracted fact can keep the sentence it came from. */
final class Sentences {
    /** A full stop ends a sentence unless it follows a common abbreviation or an initial. */
    private static final Pattern END = Pattern.compile(
            "(?<=[.!?])(?<!\\b(?:Dr|Mr|Mrs|Ms|Prof|St|e\\.g|i\\.e|etc|vs|No|\\p{Lu})\\.)\\s+(?=[\\p{Lu}‘“\"'(\\d])");

    private Sentences() {
    }

    static List<String> of(List<String> paragraphs) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String s : END.split(paragraph)) {
                if (!s.isBlank()) {
                    sentences.add(s.strip());
                }
            }
        }
        return sentences;
    }
}

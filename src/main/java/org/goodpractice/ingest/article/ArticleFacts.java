package org.goodpractice.ingest.article;

import java.util.List;

import org.goodpractice.classify.KeywordClassifier.Classification;
import org.goodpractice.evidence.Indicator;

/**
 * What the rules found in an article: its places, the organisations and programmes it names, the
 * figures it gives, and the sub-themes and topics inferred from its words. Each finding keeps the
 * rule and the words or sentence it came from.
 */
public record ArticleFacts(PlaceFinder.Places places, List<Mention> organisations, List<Mention> programmes,
        List<Indicator> indicators, List<Classification> subThemes, List<Classification> topics) {
    public ArticleFacts {
        organisations = List.copyOf(organisations);
        programmes = List.copyOf(programmes);
        indicators = List.copyOf(indicators);
        subThemes = List.copyOf(subThemes);
        topics = List.copyOf(topics);
    }
}

package org.goodpractice.classify;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/**
 * Infers concepts of a SKOS scheme for free text from the keywords the ontology lists as the
 * concepts' {@code skos:hiddenLabel}s. Deterministic and explainable: each result says which
 * words matched how often, and its score is the concept's share of all keyword matches.
 * Keywords with capitals (SME, ICT, R&amp;D) match case-sensitively, others in any case; all
 * match whole words only.
 *
 * <pre>
 * KeywordClassifier themes = KeywordClassifier.forScheme(ontology, base + "id/scheme/sub-theme", 3, 0.2);
 * List&lt;Classification&gt; found = themes.classify(articleText);
 * </pre>
 */
public final class KeywordClassifier {
    /** A concept inferred for a text: why (matched keywords and counts) and how strongly (score 0..1). */
    public record Classification(String concept, String label, double score, Map<String, Integer> matches) {
        /** The matched words in a readable form, e.g. "SMEs ×12, start ups ×2". */
        public String explanation() {
            return matches.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
        }
    }

    /** A keyword, its whole-word pattern, and what the text (folded, for a keyword in any case) must contain for the pattern to match. */
    private record Keyword(String word, Pattern pattern, String folded, boolean anyCase) {
    }

    private record Concept(String iri, String label, List<Keyword> keywords) {
    }

    private final List<Concept> concepts;
    private final int minMatches;
    private final double minShare;

    private KeywordClassifier(List<Concept> concepts, int minMatches, double minShare) {
        this.concepts = concepts;
        this.minMatches = minMatches;
        this.minShare = minShare;
    }

    /**
     * A classifier over the concepts of {@code schemeIri} in {@code ontology}; a concept is inferred
     * when its keywords match at least {@code minMatches} times and make at least {@code minShare}
     * of all matches.
     */
    public static KeywordClassifier forScheme(Model ontology, String schemeIri, int minMatches, double minShare) {
        requireNonNull(ontology, "ontology");
        Resource scheme = ontology.createResource(requireNonNull(schemeIri, "schemeIri"));
        List<Concept> concepts = new ArrayList<>();
        ontology.listSubjectsWithProperty(SKOS.inScheme, scheme).forEach(c -> {
            List<Keyword> keywords = c.listProperties(SKOS.hiddenLabel).mapWith(s -> keyword(s.getString())).toList();
            if (!keywords.isEmpty()) {
                concepts.add(new Concept(c.getURI(), c.getProperty(SKOS.prefLabel).getString(), keywords));
            }
        });
        concepts.sort(Comparator.comparing(Concept::iri));
        return new KeywordClassifier(concepts, minMatches, minShare);
    }

    /** The concepts inferred for {@code text}, strongest first. */
    public List<Classification> classify(String text) {
        Map<Concept, Map<String, Integer>> matches = new LinkedHashMap<>();
        // Most keywords are absent from a text: a plain search of the folded text rules them out
        // before a regular expression is run over it, once per keyword.
        String folded = folded(text);
        int total = 0;
        for (Concept concept : concepts) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Keyword keyword : concept.keywords()) {
                if (!(keyword.anyCase() ? folded : text).contains(keyword.folded())) {
                    continue;
                }
                Matcher m = keyword.pattern().matcher(text);
                int n = 0;
                while (m.find()) {
                    n++;
                }
                if (n > 0) {
                    counts.put(keyword.word(), n);
                }
            }
            int hits = counts.values().stream().mapToInt(Integer::intValue).sum();
            total += hits;
            if (hits > 0) {
                matches.put(concept, counts);
            }
        }
        List<Classification> found = new ArrayList<>();
        for (Map.Entry<Concept, Map<String, Integer>> e : matches.entrySet()) {
            int hits = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            double share = (double) hits / total;
            if (hits >= minMatches && share >= minShare) {
                found.add(new Classification(e.getKey().iri(), e.getKey().label(), Math.round(share * 100) / 100.0, e.getValue()));
            }
        }
        found.sort(Comparator.comparingDouble(Classification::score).reversed().thenComparing(Classification::concept));
        return found;
    }

    private static Keyword keyword(String word) {
        boolean anyCase = word.equals(word.toLowerCase());
        int flags = anyCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return new Keyword(word, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])", flags),
                anyCase ? folded(word) : word, anyCase);
    }

    /**
     * Each character folded as a case-insensitive match compares it (upper case, then lower), one
     * for one, so that a text the pattern matches in always contains the folded keyword.
     */
    private static String folded(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }
}

package org.goodpractice.ontology;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Looks up programme priorities and sub-themes in the SKOS schemes of the ontology, tolerating
 * the small wording variants found in real annexes (case, punctuation, "&amp;", parenthesised
 * remarks, plural endings). Labels and variants live in the ontology, not in code.
 *
 * <pre>
 * ProgrammeSchemes schemes = ProgrammeSchemes.from(Ontology.load(base), base);
 * Optional&lt;Concept&gt; theme = schemes.subTheme("innovation, research &amp; technology development");
 * </pre>
 */
public final class ProgrammeSchemes {
    /** Share of words two labels must have in common for a fuzzy match. */
    private static final double MIN_WORD_OVERLAP = 0.75;
    private static final Pattern REMARK = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A concept of a scheme: its IRI, its preferred label and (for priorities) its notation. */
    public record Concept(String iri, String label, String notation) {
    }

    private final Map<String, Concept> prioritiesByNotation = new HashMap<>();
    private final Map<String, Concept> prioritiesByLabel = new HashMap<>();
    private final Map<String, Concept> subThemesByLabel = new HashMap<>();
    private final Map<String, Concept> interregEuropeByLabel = new HashMap<>();
    /** The Interreg Europe topic schemes, one per programme period. */
    public static final List<String> INTERREG_EUROPE_SCHEMES = List.of(
            "id/scheme/interreg-europe/2014-2020", "id/scheme/interreg-europe/2021-2027");

    private ProgrammeSchemes() {
    }

    /** Reads the priority and sub-theme schemes from an ontology model loaded for {@code baseUri}. */
    public static ProgrammeSchemes from(Model ontology, String baseUri) {
        requireNonNull(ontology, "ontology");
        requireNonNull(baseUri, "baseUri");
        ProgrammeSchemes schemes = new ProgrammeSchemes();
        Resource priorityScheme = ontology.createResource(baseUri + "id/scheme/priority");
        Resource subThemeScheme = ontology.createResource(baseUri + "id/scheme/sub-theme");
        ontology.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(concept -> {
            if (concept.hasProperty(SKOS.inScheme, priorityScheme)) {
                Concept c = concept(concept);
                schemes.prioritiesByNotation.put(c.notation(), c);
                labels(concept).forEach(l -> schemes.prioritiesByLabel.put(normalise(l), c));
            } else if (concept.hasProperty(SKOS.inScheme, subThemeScheme)) {
                Concept c = concept(concept);
                labels(concept).forEach(l -> schemes.subThemesByLabel.put(normalise(l), c));
            } else if (INTERREG_EUROPE_SCHEMES.stream().anyMatch(
                    scheme -> concept.hasProperty(SKOS.inScheme, ontology.createResource(baseUri + scheme)))) {
                Concept c = concept(concept);
                labels(concept).forEach(l -> schemes.interregEuropeByLabel.put(normalise(l), c));
            }
        });
        if (schemes.prioritiesByNotation.isEmpty() || schemes.subThemesByLabel.isEmpty()) {
            throw new IllegalStateException("The ontology has no priority or sub-theme concepts under " + baseUri);
        }
        return schemes;
    }

    /** The priority with this number (its {@code skos:notation}), e.g. "1". */
    public Optional<Concept> priorityByNumber(String number) {
        return Optional.ofNullable(prioritiesByNotation.get(number.strip()));
    }

    /** The priority whose label matches {@code text}. */
    public Optional<Concept> priorityByLabel(String text) {
        return match(text, prioritiesByLabel);
    }

    /** The sub-theme whose label matches {@code text}. */
    public Optional<Concept> subTheme(String text) {
        return match(text, subThemesByLabel);
    }

    /** The Interreg Europe topic (of 2014-2020 or 2021-2027) whose label matches {@code text}. */
    public Optional<Concept> interregEuropeTopic(String text) {
        return match(text, interregEuropeByLabel);
    }

    /** Preferred labels of all Interreg Europe topics, for error messages. */
    public List<String> interregEuropeTopicLabels() {
        return interregEuropeByLabel.values().stream().map(Concept::label).distinct().sorted().toList();
    }

    /** Preferred labels of all sub-themes, for error messages. */
    public List<String> subThemeLabels() {
        return subThemesByLabel.values().stream().map(Concept::label).distinct().sorted().toList();
    }

    private static Optional<Concept> match(String text, Map<String, Concept> byLabel) {
        String key = normalise(text);
        Concept exact = byLabel.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        Set<String> words = words(key);
        List<Concept> close = new ArrayList<>();
        double best = MIN_WORD_OVERLAP;
        for (Map.Entry<String, Concept> e : byLabel.entrySet()) {
            double overlap = overlap(words, words(e.getKey()));
            if (overlap > best) {
                best = overlap;
                close.clear();
                close.add(e.getValue());
            } else if (overlap == best && !close.contains(e.getValue())) {
                close.add(e.getValue());
            }
        }
        // Two different concepts equally close means the text is ambiguous: better refuse than guess.
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = REMARK.matcher(s.replace("&", " and ")).replaceAll(" ");
        return NOT_WORD.matcher(s).replaceAll(" ").strip();
    }

    private static Set<String> words(String normalised) {
        return Arrays.stream(normalised.split(" "))
                .filter(w -> !w.isEmpty())
                .map(w -> w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
                .collect(Collectors.toSet());
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static Concept concept(Resource concept) {
        Statement notation = concept.getProperty(SKOS.notation);
        return new Concept(concept.getURI(), concept.getProperty(SKOS.prefLabel).getString(),
                notation == null ? null : notation.getString());
    }

    private static List<String> labels(Resource concept) {
        List<String> labels = new ArrayList<>();
        concept.listProperties(SKOS.prefLabel).forEach(s -> labels.add(s.getString()));
        concept.listProperties(SKOS.altLabel).forEach(s -> labels.add(s.getString()));
        return labels;
    }
}

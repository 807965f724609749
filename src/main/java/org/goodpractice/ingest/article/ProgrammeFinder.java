package org.goodpractice.ingest.article;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/**
 * Finds the EU programmes of {@code ontology/programmes.ttl} named in sentences, by their
 * preferred or alternative labels as whole words (acronyms and capitalised names case-sensitively).
 */
final class ProgrammeFinder {
    private record Label(String iri, String name, Pattern pattern) {
    }

    private final List<Label> labels = new ArrayList<>();

    ProgrammeFinder(Model ontology, String baseUri) {
        requireNonNull(ontology, "ontology");
        Resource scheme = ontology.createResource(requireNonNull(baseUri, "baseUri") + "id/scheme/programme");
        ontology.listSubjectsWithProperty(SKOS.inScheme, scheme).forEach(c -> {
            String name = c.getProperty(SKOS.prefLabel).getString();
            List<String> texts = new ArrayList<>();
            texts.add(name);
            c.listProperties(SKOS.altLabel).forEach(s -> texts.add(s.getString()));
            texts.forEach(t -> labels.add(new Label(c.getURI(), name,
                    Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}])"))));
        });
    }

    /** Whether {@code name} is a programme (so not an organisation). */
    boolean isProgramme(String name) {
        return labels.stream().anyMatch(l -> l.pattern().matcher(name).matches());
    }

    /** The first mention of each programme, in sentence order. */
    List<Mention> find(List<String> sentences) {
        Map<String, Mention> byIri = new LinkedHashMap<>();
        for (String sentence : sentences) {
            for (Label label : labels) {
                Matcher m = label.pattern().matcher(sentence);
                if (!byIri.containsKey(label.iri()) && m.find()) {
                    byIri.put(label.iri(), new Mention(label.iri(), label.name(), m.group(), "programme name", sentence));
                }
            }
        }
        return new ArrayList<>(byIri.values());
    }
}

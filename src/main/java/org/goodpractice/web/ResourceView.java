package org.goodpractice.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.goodpractice.vocab.LOCN;
import org.goodpractice.vocab.Prefixes;

/**
 * The generic page of a resource: its label, types, every property with its values, and what
 * points at it. Values that are resources link to their page when the repository minted them.
 */
public record ResourceView(String iri, String label, List<Value> types, List<PropertyValues> properties,
        List<PropertyValues> inbound) {

    /** One value: its text, where it links (null for literals) and a note such as its language or datatype. */
    public record Value(String text, String href, String note) {
    }

    /** A property (shown as a prefixed name, linking to its definition) and its values. */
    public record PropertyValues(String name, String iri, List<Value> values) {
    }

    private static final List<Property> LABELS = List.of(SKOS.prefLabel, FOAF.name, RDFS.label, DCTerms.title,
            LOCN.fullAddress);
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.COMMON).lock();

    /** The view of {@code iri} as described in {@code model}; {@code href} says where a linked IRI leads. */
    static ResourceView of(Model model, String iri, Function<String, String> href) {
        Resource subject = model.createResource(iri);
        String label = label(subject);
        List<Value> types = subject.listProperties(RDF.type).mapWith(s -> value(s.getObject(), href)).toList();
        Map<String, List<Value>> out = new TreeMap<>();
        subject.listProperties().filterDrop(s -> s.getPredicate().equals(RDF.type))
                .forEach(s -> out.computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(value(s.getObject(), href)));
        Map<String, List<Value>> in = new TreeMap<>();
        model.listStatements(null, null, subject)
                .forEach(s -> in.computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(value(s.getSubject(), href)));
        return new ResourceView(iri, label != null ? label : iri, sorted(types), group(out), group(in));
    }

    /** A human label for {@code resource}, or null when the model gives none. */
    static String label(Resource resource) {
        for (Property p : LABELS) {
            List<String> labels = resource.listProperties(p).mapWith(Statement::getObject)
                    .filterKeep(RDFNode::isLiteral).mapWith(o -> o.asLiteral().getLexicalForm()).toList();
            if (!labels.isEmpty()) {
                return labels.stream().sorted().findFirst().orElseThrow();
            }
        }
        return null;
    }

    static String shortName(String iri) {
        return PREFIXES.shortForm(iri);
    }

    private static Value value(RDFNode node, Function<String, String> href) {
        if (node.isLiteral()) {
            var literal = node.asLiteral();
            String note = !literal.getLanguage().isEmpty() ? literal.getLanguage()
                    : literal.getDatatypeURI() == null || literal.getDatatypeURI().endsWith("#string") ? null
                    : shortName(literal.getDatatypeURI());
            return new Value(literal.getLexicalForm(), null, note);
        }
        if (node.isAnon()) {
            String label = label(node.asResource());
            return new Value(label != null ? label : "(a resource without an IRI)", null, null);
        }
        String uri = node.asResource().getURI();
        String label = label(node.asResource());
        return new Value(label != null ? label : shortName(uri), href.apply(uri), null);
    }

    private static List<PropertyValues> group(Map<String, List<Value>> byProperty) {
        List<PropertyValues> groups = new ArrayList<>();
        byProperty.forEach((iri, values) -> groups.add(new PropertyValues(shortName(iri), iri, sorted(values))));
        groups.sort(Comparator.comparing(PropertyValues::name));
        return groups;
    }

    private static List<Value> sorted(List<Value> values) {
        return values.stream().sorted(Comparator.comparing(Value::text)).toList();
    }
}

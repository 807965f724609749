package org.goodpractice.history;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * What changed between two versions of a record, field by field: for each property of the record
 * whose values differ, the values removed and those added. A value that is a node described in
 * the record graph (an address, an indicator) is shown as the text of its own values, so a
 * changed address reads as one value removed and one added.
 *
 * <pre>
 * List&lt;FieldDiff.Field&gt; fields = FieldDiff.between(before, after, practiceIri, p -&gt; p.getLocalName());
 * </pre>
 */
public final class FieldDiff {
    /** One field that changed: its label, the values only before and the values only after. */
    public record Field(String label, List<String> removed, List<String> added) {
    }

    private FieldDiff() {
    }

    /** The fields of {@code subject} that differ from {@code before} to {@code after}, by label; {@code label} names a property. */
    public static List<Field> between(Model before, Model after, String subject, Function<Property, String> label) {
        requireNonNull(before, "before");
        requireNonNull(after, "after");
        requireNonNull(subject, "subject");
        requireNonNull(label, "label");
        TreeMap<String, Field> fields = new TreeMap<>();
        Set<Property> properties = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        properties.addAll(before.createResource(subject).listProperties().mapWith(Statement::getPredicate).toList());
        properties.addAll(after.createResource(subject).listProperties().mapWith(Statement::getPredicate).toList());
        for (Property p : properties) {
            Set<String> old = values(before.createResource(subject), p);
            Set<String> now = values(after.createResource(subject), p);
            if (!old.equals(now)) {
                List<String> removed = new ArrayList<>(old);
                removed.removeAll(now);
                List<String> added = new ArrayList<>(now);
                added.removeAll(old);
                fields.put(label.apply(p) + " " + p.getURI(), new Field(label.apply(p), removed, added));
            }
        }
        return List.copyOf(fields.values());
    }

    private static Set<String> values(Resource subject, Property p) {
        Set<String> values = new TreeSet<>();
        subject.listProperties(p).forEach(s -> values.add(text(s.getObject())));
        return values;
    }

    private static String text(RDFNode value) {
        if (value.isLiteral()) {
            return value.asLiteral().getLexicalForm();
        }
        Resource r = value.asResource();
        List<Statement> own = r.listProperties().toList();
        if (own.isEmpty()) {
            return r.isURIResource() ? r.getURI() : "";
        }
        Set<String> parts = new TreeSet<>();
        own.stream().filter(s -> s.getObject().isLiteral()).forEach(s -> parts.add(s.getLiteral().getLexicalForm()));
        String described = String.join("; ", parts);
        return r.isURIResource() && described.isEmpty() ? r.getURI() : described;
    }
}

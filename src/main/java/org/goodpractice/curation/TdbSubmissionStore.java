package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;

/**
 * Submissions in the curation dataset ({@link TdbAccountStore#submissions()}), each in a named graph
 * of its own, replaced whole on every save; the graph's name carries only the checked identifier.
 */
public final class TdbSubmissionStore implements SubmissionStore {
    private static final String NS = "urn:goodpractice:curation:";
    private static final String GRAPH = NS + "submission:";
    private static final Property AUTHOR = p("author");
    private static final Property STATE = p("state");
    private static final Property CREATED = p("created");
    private static final Property UPDATED = p("updated");
    private static final Property PRACTICE = p("practice");
    private static final Property FIELD = p("field");
    private static final Property KEY = p("key");
    private static final Property VALUE = p("value");
    private static final Property COMMENT = p("comment");
    private static final Property SEQ = p("seq");
    private static final Property STEP = p("step");
    private static final Property BY = p("by");
    private static final Property TEXT = p("text");
    private static final Property AT = p("at");

    private final Dataset dataset;

    TdbSubmissionStore(Dataset dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
    }

    @Override
    public Optional<Submission> find(String id) {
        if (!Submission.isId(id)) {
            return Optional.empty();
        }
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(GRAPH + id)
                ? Optional.of(read(id, dataset.getNamedModel(GRAPH + id))) : Optional.empty());
    }

    @Override
    public List<Submission> list() {
        return Txn.calculateRead(dataset, () -> {
            List<Submission> all = new ArrayList<>();
            dataset.listModelNames().forEachRemaining(name -> {
                if (name.isURIResource() && name.getURI().startsWith(GRAPH)) {
                    String id = name.getURI().substring(GRAPH.length());
                    all.add(read(id, dataset.getNamedModel(name.getURI())));
                }
            });
            all.sort(Comparator.comparing(Submission::updated).reversed().thenComparing(Submission::id));
            return all;
        });
    }

    @Override
    public void put(Submission s) {
        requireNonNull(s, "submission");
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource(GRAPH + s.id())
                .addProperty(AUTHOR, s.author()).addProperty(STATE, s.state().name())
                .addProperty(CREATED, s.created().toString()).addProperty(UPDATED, s.updated().toString());
        if (s.practice() != null) {
            r.addProperty(PRACTICE, s.practice());
        }
        s.fields().forEach((key, value) -> r.addProperty(FIELD, m.createResource().addProperty(KEY, key).addProperty(VALUE, value)));
        for (int i = 0; i < s.comments().size(); i++) {
            Submission.Comment c = s.comments().get(i);
            r.addProperty(COMMENT, m.createResource().addLiteral(SEQ, (long) i).addProperty(STEP, c.step())
                    .addProperty(BY, c.by()).addProperty(TEXT, c.text()).addProperty(AT, c.at().toString()));
        }
        Txn.executeWrite(dataset, () -> dataset.replaceNamedModel(GRAPH + s.id(), m));
    }

    private static Submission read(String id, Model m) {
        Resource r = m.getResource(GRAPH + id);
        Map<String, String> fields = new LinkedHashMap<>();
        m.listObjectsOfProperty(r, FIELD).forEachRemaining(f -> fields.put(
                string(f.asResource(), KEY), string(f.asResource(), VALUE)));
        List<Resource> steps = new ArrayList<>(m.listObjectsOfProperty(r, COMMENT).mapWith(o -> o.asResource()).toList());
        steps.sort(Comparator.comparingLong(c -> c.getProperty(SEQ).getLong()));
        List<Submission.Comment> comments = steps.stream().map(c -> new Submission.Comment(string(c, STEP), string(c, BY),
                string(c, TEXT), Instant.parse(string(c, AT)))).toList();
        Statement practice = r.getProperty(PRACTICE);
        return new Submission(id, string(r, AUTHOR), State.valueOf(string(r, STATE)), sorted(fields), comments,
                Instant.parse(string(r, CREATED)), Instant.parse(string(r, UPDATED)), practice == null ? null : practice.getString());
    }

    /** The fields in the form's order, since a graph keeps none. */
    private static Map<String, String> sorted(Map<String, String> fields) {
        Map<String, String> ordered = new LinkedHashMap<>();
        PlatformText.FIELDS.forEach(f -> {
            if (fields.containsKey(f)) {
                ordered.put(f, fields.get(f));
            }
        });
        fields.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? "" : s.getString();
    }

    private static Property p(String name) {
        return ResourceFactory.createProperty(NS + name);
    }
}

package org.goodpractice.sparql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional.Promote;
import org.eclipse.jetty.http.HttpStatus;
import org.goodpractice.ingest.Iris;
import org.goodpractice.validation.RecordValidator.Violation;
import org.goodpractice.validation.RecordValidator;

/**
 * The store as the admin endpoint sees it: every change is noted, and at commit every record
 * graph the transaction touched is validated with the import's SHACL shapes (with the gazetteer
 * graph, as an import is). One violation aborts the whole transaction, and the client gets the
 * violations with status 400. Statements about a record (a subject under {@code id/practice/} or
 * {@code id/article/}) may be added only to that record's own graph, so that no write elsewhere
 * can give a record a second title or start date behind the shapes' back.
 */
final class RecordGuard extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private final String baseUri;
    private final RecordValidator validator = RecordValidator.bundled();
    // A view (not unwrapped by TDB2's update engine), so that every change passes through here.
    // TDB2 admits one write transaction at a time, so one set serves whichever thread writes.
    private final Set<Node> touched = new LinkedHashSet<>();
    private final List<String> misplaced = new ArrayList<>();

    RecordGuard(DatasetGraph store, String baseUri) {
        super(store);
        this.baseUri = baseUri;
    }

    // Only a writer starts afresh: readers on other threads must not clear what the writer noted.
    @Override
    public void begin(TxnType type) {
        super.begin(type);
        if (type == TxnType.WRITE) {
            forget();
        }
    }

    @Override
    public void begin(ReadWrite mode) {
        super.begin(mode);
        if (mode == ReadWrite.WRITE) {
            forget();
        }
    }

    @Override
    public boolean promote(Promote mode) {
        boolean promoted = super.promote(mode);
        if (promoted) {
            forget();
        }
        return promoted;
    }

    @Override
    public void commit() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                abort();
                ServletOps.error(HttpStatus.BAD_REQUEST_400, "The write was refused and nothing was changed: "
                        + String.join("; ", problems));
            }
        }
        super.commit();
    }

    @Override
    public void add(Quad quad) {
        note(quad.getGraph(), quad.getSubject());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        note(g, s);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        touched.add(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        touched.add(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g == null || g == Node.ANY || Quad.isUnionGraph(g)) {
            listGraphNodes().forEachRemaining(touched::add);
        } else {
            touched.add(g);
        }
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node name, Graph graph) {
        graph.find().forEachRemaining(t -> add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void removeGraph(Node name) {
        deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void clear() {
        deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    // Graph views over this wrapper, so that writes through a graph (Graph Store PUT) are noted too.
    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node name) {
        return GraphView.createNamedGraph(this, name);
    }

    private void forget() {
        touched.clear();
        misplaced.clear();
    }

    private void note(Node graph, Node subject) {
        touched.add(graph);
        String home = recordGraph(subject);
        if (home != null && !(graph.isURI() && graph.getURI().equals(home))) {
            misplaced.add("statements about " + subject.getURI() + " belong in its record graph <" + home + ">");
        }
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>(misplaced.stream().distinct().toList());
        Model gazetteer = null;
        for (Node graph : touched) {
            if (!isRecordGraph(graph)) {
                continue;
            }
            if (gazetteer == null) {
                gazetteer = ModelFactory.createModelForGraph(get().getGraph(NodeFactory.createURI(Iris.gazetteerGraph(baseUri))));
            }
            Model record = ModelFactory.createModelForGraph(get().getGraph(graph));
            for (Violation violation : validator.validate(ModelFactory.createUnion(record, gazetteer))) {
                problems.add("<" + graph.getURI() + "> " + violation);
            }
        }
        return problems;
    }

    private boolean isRecordGraph(Node graph) {
        return graph != null && graph.isURI() && (graph.getURI().startsWith(baseUri + "graph/practice/")
                || graph.getURI().startsWith(baseUri + "graph/article/"));
    }

    /** The graph a record resource belongs in, or null for anything else. */
    private String recordGraph(Node subject) {
        if (!subject.isURI()) {
            return null;
        }
        String iri = subject.getURI();
        for (String kind : List.of("practice", "article")) {
            String prefix = baseUri + "id/" + kind + "/";
            if (iri.startsWith(prefix) && iri.length() > prefix.length()) {
                String key = iri.substring(prefix.length()).split("[/#?]", 2)[0];
                return kind.equals("practice") ? Iris.practiceGraph(baseUri, key) : Iris.articleGraph(baseUri, key);
            }
        }
        return null;
    }
}

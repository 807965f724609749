package org.goodpractice.history;

import static java.util.Objects.requireNonNull;

import java.time.Clock;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.goodpractice.store.Changes;
import org.goodpractice.store.SparqlStore;

/**
 * The admin endpoint's dataset, keeping a version of every practice record graph a SPARQL Update
 * or Graph Store write changed, attributed to the admin endpoint. The graphs changed are the
 * store's own {@link SparqlStore#changesSince} from the transaction's start to its end (writers
 * take turns, so they are this transaction's); a change the store cannot name graph by graph makes
 * no version.
 *
 * <pre>
 * admin.dataset(new RecordingDataset(store.writableDataset().orElseThrow(), store, history, baseUri, Clock.systemUTC()));
 * </pre>
 */
public final class RecordingDataset extends DatasetGraphWrapper {
    private final SparqlStore store;
    private final History history;
    private final String practiceGraphs;
    private final String practices;
    private final Clock clock;
    private final ThreadLocal<Long> started = new ThreadLocal<>();

    public RecordingDataset(DatasetGraph dataset, SparqlStore store, History history, String baseUri, Clock clock) {
        super(requireNonNull(dataset, "dataset"));
        this.store = requireNonNull(store, "store");
        this.history = requireNonNull(history, "history");
        this.practiceGraphs = requireNonNull(baseUri, "baseUri") + "graph/practice/";
        this.practices = baseUri + "id/practice/";
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public void begin(TxnType type) {
        super.begin(type);
        started.set(store.version());
    }

    @Override
    public void begin(ReadWrite mode) {
        super.begin(mode);
        started.set(store.version());
    }

    @Override
    public void end() {
        super.end();
        Long since = started.get();
        started.remove();
        if (since != null && store.version() != since) {
            record(store.changesSince(since));
        }
    }

    private void record(Changes changes) {
        if (changes.everything()) {
            return;
        }
        History.Change change = new History.Change("admin endpoint", "SPARQL Update or Graph Store write at /admin", clock.instant());
        for (String graph : changes.graphs()) {
            if (graph.startsWith(practiceGraphs)) {
                // A copy: the graph itself is only readable inside the transaction.
                Model content = Txn.calculateRead(getWrapped(), () -> ModelFactory.createDefaultModel()
                        .add(ModelFactory.createModelForGraph(getWrapped().getGraph(NodeFactory.createURI(graph)))));
                history.record(practices + graph.substring(practiceGraphs.length()), graph, content, change);
            }
        }
    }
}

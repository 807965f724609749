package org.goodpractice.store;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;

/** One {@link RemoteWrites} transaction: its copies of the graphs it touched, and the store version it started from. */
final class RemoteWriteTxn {
    ReadWrite mode;
    final TxnType type;
    final long version;
    final Map<Node, Graph> copies = new LinkedHashMap<>();
    final Set<Node> written = new LinkedHashSet<>();
    // Set by a pattern over every graph: then a change to any graph may have changed what the write matched.
    boolean readEveryGraph;

    RemoteWriteTxn(TxnType type, long version) {
        this.type = type;
        this.mode = TxnType.convert(type);
        this.version = version;
    }
}

package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

/**
 * A mark in a store's own bookkeeping that the graphs derived from its records (the ontology
 * graph, the gazetteer graph, the links) were in step with store version {@code version}, made
 * from the bundled sources whose checksum is {@code sources}. A start that finds the mark at the
 * store's current version, with the same sources, has nothing to repair; any write moves the
 * version past the mark, so a change made since (an import cut short, an admin write) is repaired.
 *
 * <pre>
 * if (!store.inStep().map(m -&gt; m.equals(new InStep(store.version(), sources))).orElse(false)) repair();
 * </pre>
 */
public record InStep(long version, String sources) {
    public InStep {
        requireNonNull(sources, "sources");
    }
}

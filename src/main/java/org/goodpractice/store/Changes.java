package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * What changed in a store between two of its versions: the named graphs written (replaced,
 * patched or removed) after version {@code since} up to version {@code now}. When the store
 * cannot tell (the version is not one of its own, say from another store or from before its
 * history), {@link #everything()} is true and the graphs are unknown: start over from the store.
 *
 * <pre>
 * Changes changes = store.changesSince(indexedVersion);
 * if (changes.everything()) rebuild(); else changes.graphs().forEach(this::reindexGraph);
 * </pre>
 */
public record Changes(long since, long now, boolean everything, Set<String> graphs) {
    public Changes {
        requireNonNull(graphs, "graphs");
        graphs = Set.copyOf(graphs);
    }

    /** The graphs written after {@code since}, up to {@code now}. */
    public static Changes of(long since, long now, Set<String> graphs) {
        return new Changes(since, now, false, graphs);
    }

    /** Version {@code since} is unknown to the store: anything may have changed up to {@code now}. */
    public static Changes unknown(long since, long now) {
        return new Changes(since, now, true, Set.of());
    }

    /** True when nothing changed. */
    public boolean none() {
        return !everything && graphs.isEmpty();
    }
}

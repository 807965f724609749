package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A bounded cache of values derived from data that carries a version number, such as a
 * store's {@link SparqlStore#version()}: emptied whenever the version moves, least recently used
 * entries dropped beyond its capacity. Only what is found is kept: a load that finds nothing
 * (returns null) takes no place, so asking for keys that do not exist cannot push out those that do.
 *
 * <pre>
 * VersionedCache&lt;String, PracticeView&gt; views = new VersionedCache&lt;&gt;(store::version, 10_000);
 * views.get(id, this::readOrNull);
 * </pre>
 */
public final class VersionedCache<K, V> {
    private final LongSupplier version;
    private final Map<K, V> entries;
    private long cachedVersion;

    public VersionedCache(LongSupplier version, int capacity) {
        this.version = requireNonNull(version, "version");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
        this.cachedVersion = version.getAsLong();
    }

    /** The value for {@code key} at the current version, computed by {@code load} when not cached; null if there is none. */
    public V get(K key, Function<K, V> load) {
        long now = version.getAsLong();
        synchronized (this) {
            if (now != cachedVersion) {
                entries.clear();
                cachedVersion = now;
            }
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Computed outside the lock, so slow loads do not queue every other reader behind them.
        V value = load.apply(key);
        synchronized (this) {
            if (value != null && now == cachedVersion) {
                entries.put(key, value);
            }
        }
        return value;
    }
}

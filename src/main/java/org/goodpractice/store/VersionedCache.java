package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

/**
 * A cache of values derived from data that carries a version number, such as a store's
 * {@link SparqlStore#version()}: emptied whenever the version moves, and bounded by the weight of
 * what it holds (an estimate of bytes, from the caller's weigher), not by a count of entries, so that
 * large values cannot exhaust the heap (Caffeine evicts the least valuable entries beyond it). Only
 * what is found is kept: a load that finds nothing (returns null) takes no place, so asking for keys
 * that do not exist cannot push out those that do.
 *
 * <pre>
 * VersionedCache&lt;String, PracticeView&gt; views = new VersionedCache&lt;&gt;(store::version, 64 &lt;&lt; 20, View::bytes);
 * views.get(id, this::readOrNull);
 * </pre>
 */
public final class VersionedCache<K, V> {
    private final LongSupplier version;
    private final Cache<K, V> entries;
    private long cachedVersion;
    private volatile boolean evicted;

    /** A cache of at most {@code maxWeight}, each value weighing what {@code weigher} says (at least 1). */
    public VersionedCache(LongSupplier version, long maxWeight, ToIntFunction<V> weigher) {
        this.version = requireNonNull(version, "version");
        requireNonNull(weigher, "weigher");
        if (maxWeight < 1) {
            throw new IllegalArgumentException("a cache must hold some weight: " + maxWeight);
        }
        // Maintenance on the caller's thread: eviction is done when put returns, so the weight bound holds.
        this.entries = Caffeine.newBuilder().maximumWeight(maxWeight)
                .weigher((K key, V value) -> Math.max(1, weigher.applyAsInt(value)))
                .evictionListener((K key, V value, RemovalCause cause) -> evicted |= cause.wasEvicted())
                .executor(Runnable::run).build();
        this.cachedVersion = version.getAsLong();
    }

    /** The value for {@code key} at the current version, computed by {@code load} when not cached; null if there is none. */
    public V get(K key, Function<K, V> load) {
        long now;
        synchronized (this) {
            now = current();
            V cached = entries.getIfPresent(key);
            if (cached != null) {
                return cached;
            }
        }
        // Computed outside any lock, so slow loads do not queue every other reader behind them.
        V value = load.apply(key);
        if (value != null) {
            synchronized (this) {
                if (now == cachedVersion) {
                    entries.put(key, value);
                }
            }
        }
        return value;
    }

    /** True when the cache has had to drop a value for want of room since the version last moved: it is full. */
    public boolean full() {
        current();
        return evicted;
    }

    /** The weight of what the cache holds at the current version. */
    public long weight() {
        current();
        return entries.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }

    private synchronized long current() {
        long now = version.getAsLong();
        if (now != cachedVersion) {
            entries.invalidateAll();
            evicted = false;
            cachedVersion = now;
        }
        return now;
    }
}

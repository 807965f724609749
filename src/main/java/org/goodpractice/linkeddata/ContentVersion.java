package org.goodpractice.linkeddata;

import static java.util.Objects.requireNonNull;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The store's version ({@link org.goodpractice.store.SparqlStore#version()}), for values derived
 * from the whole content: the dataset figures, the sitemap, the dumps. The version is read before
 * a value is computed, so a value is never kept for a version newer than the data it was made from.
 *
 * <pre>
 * ContentVersion version = new ContentVersion(store::version);
 * Supplier&lt;Figures&gt; figures = version.cache(description::figures);
 * </pre>
 */
public final class ContentVersion {
    private final LongSupplier version;

    public ContentVersion(LongSupplier version) {
        this.version = requireNonNull(version, "version");
    }

    public long current() {
        return version.getAsLong();
    }

    /** A value computed once per version. */
    public <T> Supplier<T> cache(Supplier<T> compute) {
        requireNonNull(compute, "compute");
        return new Supplier<>() {
            private long computedFor = Long.MIN_VALUE;
            private T value;

            @Override
            public synchronized T get() {
                long now = current();
                if (now != computedFor || value == null) {
                    value = compute.get();
                    computedFor = now;
                }
                return value;
            }
        };
    }
}

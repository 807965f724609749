package org.goodpractice;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * A value made on first use, once, by whichever thread asks first: for what a server start need
 * not pay for (the ontology and gazetteer a form or an import reads) until a request needs it.
 *
 * <pre>
 * Lazy&lt;RecordChecker&gt; checker = Lazy.of(() -&gt; new RecordChecker(baseUri));
 * checker.get().check(source);
 * </pre>
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private volatile T value;

    private Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    public static <T> Lazy<T> of(Supplier<T> maker) {
        return new Lazy<>(requireNonNull(maker, "maker"));
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = requireNonNull(maker.get(), "a lazy value was made null");
                    value = made;
                }
            }
        }
        return made;
    }
}

package org.goodpractice.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * An estimate of the heap a page model takes, for the page cache's weigher: a byte a character of
 * every string it holds (two for a string with characters beyond Latin-1, as Java keeps them)
 * plus a fixed cost per object, walking maps, collections and records. Exact sizes would need an
 * agent; an estimate within a factor of two is enough to bound the cache by memory.
 *
 * <pre>
 * int bytes = ModelWeight.of(Map.of("title", "Water losses"));
 * </pre>
 */
final class ModelWeight {
    private static final int OBJECT = 24;
    private static final int DEPTH = 12;

    private ModelWeight() {
    }

    /** The estimated bytes of {@code model} and everything it holds, capped at {@link Integer#MAX_VALUE}. */
    static int of(Object model) {
        return (int) Math.min(Integer.MAX_VALUE, weigh(model, 0));
    }

    private static long weigh(Object o, int depth) {
        if (o == null) {
            return 0;
        }
        if (depth > DEPTH) {
            return OBJECT;
        }
        if (o instanceof CharSequence text) {
            return OBJECT + (latin1(text) ? 1L : 2L) * text.length();
        }
        if (o instanceof Map<?, ?> map) {
            long sum = OBJECT;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sum += OBJECT + weigh(e.getKey(), depth + 1) + weigh(e.getValue(), depth + 1);
            }
            return sum;
        }
        if (o instanceof Collection<?> items) {
            long sum = OBJECT;
            for (Object item : items) {
                sum += 8 + weigh(item, depth + 1);
            }
            return sum;
        }
        if (o instanceof Record) {
            long sum = OBJECT;
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                sum += 8 + weigh(component(o, c), depth + 1);
            }
            return sum;
        }
        return OBJECT;
    }

    /**
     * Java keeps a string of Latin-1 characters in one byte a character, any other in two. A string
     * is read as one: through {@code CharSequence} the loop cost a fifth of a page's first view.
     */
    private static boolean latin1(CharSequence text) {
        if (text instanceof String string) {
            for (int i = 0; i < string.length(); i++) {
                if (string.charAt(i) > 0xFF) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static Object component(Object o, RecordComponent c) {
        try {
            return c.getAccessor().invoke(o);
        } catch (IllegalAccessException | InvocationTargetException e) {
            // A component that cannot be read counts as one object.
            return null;
        }
    }
}

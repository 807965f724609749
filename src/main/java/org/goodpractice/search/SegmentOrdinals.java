package org.goodpractice.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The facet ordinals of one segment's documents, decoded once into plain arrays: the one-pass
 * counting reads every ordinal of every hit and near miss, and at 100,000 practices decoding them
 * from doc values at each search was the larger part of that pass. A segment never changes, so
 * its arrays are kept until the segment is closed, across the refreshes that keep it.
 */
final class SegmentOrdinals {
    private static final Map<IndexReader.CacheKey, SegmentOrdinals> SEGMENTS = new ConcurrentHashMap<>();

    private final String field;
    private final int[] starts;
    private final int[] ordinals;

    private SegmentOrdinals(String field, int[] starts, int[] ordinals) {
        this.field = field;
        this.starts = starts;
        this.ordinals = ordinals;
    }

    /**
     * The ordinals of {@code field} in {@code segment}, decoded on first use; kept for one field
     * per segment (the index has one facet field), another is decoded at each call.
     */
    static SegmentOrdinals of(LeafReader segment, String field) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return decode(segment, field);
        }
        SegmentOrdinals known = SEGMENTS.get(helper.getKey());
        if (known != null && !known.field.equals(field)) {
            return decode(segment, field);
        }
        if (known == null) {
            known = decode(segment, field);
            if (SEGMENTS.putIfAbsent(helper.getKey(), known) == null) {
                helper.addClosedListener(SEGMENTS::remove);
            }
        }
        return known;
    }

    private static SegmentOrdinals decode(LeafReader segment, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment, field);
        int[] starts = new int[segment.maxDoc() + 1];
        int[] ordinals = new int[Math.max(16, segment.maxDoc() * 4)];
        int next = 0;
        int filled = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            Arrays.fill(starts, filled + 1, doc + 1, next);
            filled = doc;
            int count = values.docValueCount();
            if (next + count > ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, Math.max(ordinals.length * 2, next + count));
            }
            for (int i = 0; i < count; i++) {
                ordinals[next++] = (int) values.nextOrd();
            }
        }
        Arrays.fill(starts, filled + 1, starts.length, next);
        return new SegmentOrdinals(field, starts, Arrays.copyOf(ordinals, next));
    }

    /** Where the ordinals of {@code doc} begin in {@link #ordinals()}; they end where those of {@code doc + 1} begin. */
    int start(int doc) {
        return starts[doc];
    }

    /** Every document's ordinals in document order, each document's ascending. */
    int[] ordinals() {
        return ordinals;
    }
}

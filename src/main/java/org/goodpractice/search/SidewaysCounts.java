package org.goodpractice.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.LongValues;

/**
 * The hits and the drill-sideways facet counts of one search, in one pass over the documents its
 * base query (words and scope) matches. A document that passes every chosen facet is a hit and
 * counts for the values of every facet; one that fails exactly one chosen facet counts only for
 * that facet's values, so a chosen facet shows its other values as if it were not chosen; one that
 * fails two counts nowhere. These are the counts Lucene's {@code DrillSideways} gives, which it
 * gets by collecting the hits and near misses into one collector per chosen facet and then
 * counting every facet over each collector again: a profile at 10,000 practices had that second
 * part take as long as the search. Here one array of counts by global facet ordinal is enough,
 * because an ordinal belongs to one facet and each document adds to exactly the ordinals it counts for.
 *
 * <p>The pass visits every document of the base query, which for a search without words is every
 * document: at 100,000 practices that pass was most of a faceted search. Its counts are kept per
 * searcher (so a refreshed index counts anew), and a search repeating words, scope and facets only
 * collects its hits, with the facets as filters, which lets Lucene visit the hits alone.
 */
final class SidewaysCounts {
    private static final OrdRange NONE = new OrdRange(1, 0);
    /** Hits counted exactly by a search whose counts are known: the total comes from those counts. */
    private static final int HITS_THRESHOLD = 1_000;

    /** A chosen facet: its dimension and the query a document must match to pass it. */
    record Filter(String dim, Query query) {
    }

    /**
     * @param total  how many documents pass every filter
     * @param counts documents per global facet ordinal, with the sideways rule above
     */
    record Result(TopDocs top, int total, int[] counts) {
    }

    /** What a pass counted, kept by the searcher for the base query and filters it was made for; never changed. */
    record Counted(int total, int[] counts) {
    }

    /** What a searcher keeps counts under. */
    record Key(Query base, List<Filter> filters) {
    }

    /** The collectors of a search's hits, counting at least {@code totalHitsThreshold} hits exactly. */
    @FunctionalInterface
    interface TopManager {
        CollectorManager<? extends Collector, ? extends TopDocs> create(int totalHitsThreshold);
    }

    private SidewaysCounts() {
    }

    /**
     * Runs {@code base} on {@code searcher}, collecting the hits that pass {@code filters} with {@code top}.
     * The counts of the result are shared with later searches: they must not be changed.
     */
    static Result search(FacetedSearcher searcher, Query base, List<Filter> filters, TopManager top) throws IOException {
        Key key = new Key(base, List.copyOf(filters));
        Counted known = searcher.counted(key);
        if (known != null) {
            BooleanQuery.Builder hits = new BooleanQuery.Builder().add(base, Occur.MUST);
            filters.forEach(f -> hits.add(f.query(), Occur.FILTER));
            return new Result(searcher.search(hits.build(), top.create(HITS_THRESHOLD)), known.total(), known.counts());
        }
        Result result = pass(searcher, base, filters, top.create(Integer.MAX_VALUE));
        searcher.remember(key, new Counted(result.total(), result.counts()));
        return result;
    }

    private static <C extends Collector> Result pass(FacetedSearcher searcher, Query base, List<Filter> filters,
            CollectorManager<C, ? extends TopDocs> top) throws IOException {
        Weight[] weights = new Weight[filters.size()];
        OrdRange[] ranges = new OrdRange[filters.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = searcher.createWeight(searcher.rewrite(filters.get(i).query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            OrdRange range = searcher.state().getOrdRange(filters.get(i).dim());
            ranges[i] = range == null ? NONE : range;
        }
        return searcher.search(base, new CollectorManager<Pass<C>, Result>() {
            @Override
            public Pass<C> newCollector() throws IOException {
                return new Pass<>(top.newCollector(), weights, ranges, searcher);
            }

            @Override
            public Result reduce(Collection<Pass<C>> passes) throws IOException {
                int[] counts = new int[searcher.state().getSize()];
                int total = 0;
                List<C> tops = new ArrayList<>();
                for (Pass<C> pass : passes) {
                    int[] counted = pass.counts();
                    for (int ord = 0; ord < counts.length; ord++) {
                        counts[ord] += counted[ord];
                    }
                    total += pass.total;
                    tops.add(pass.top);
                }
                return new Result(top.reduce(tops), total, counts);
            }
        });
    }

    /**
     * The collector of one slice of the index. It counts by segment ordinal and adds those counts
     * to the global ones once per segment: mapping every ordinal of every record to its global one
     * took a sixth of the pass.
     */
    private static final class Pass<C extends Collector> implements Collector {
        private final C top;
        private final Weight[] filters;
        private final OrdRange[] ranges;
        private final String field;
        private final OrdinalMap ordinals;
        private final int[] counts;
        private int total;
        private int[] segmentCounts = new int[0];
        private LongValues segmentToGlobal = LongValues.IDENTITY;

        Pass(C top, Weight[] filters, OrdRange[] ranges, FacetedSearcher searcher) {
            this.top = top;
            this.filters = filters;
            this.ranges = ranges;
            this.field = searcher.state().getField();
            this.ordinals = searcher.ordinalMap();
            this.counts = new int[searcher.state().getSize()];
        }

        @Override
        public ScoreMode scoreMode() {
            // The hits collector counts every hit exactly, so it never lets the scorer skip documents.
            return top.scoreMode();
        }

        /** The counts of every segment collected, by global ordinal. */
        int[] counts() {
            flush();
            return counts;
        }

        private void flush() {
            for (int ord = 0; ord < segmentCounts.length; ord++) {
                if (segmentCounts[ord] > 0) {
                    counts[(int) segmentToGlobal.get(ord)] += segmentCounts[ord];
                }
            }
            segmentCounts = new int[0];
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            flush();
            LeafCollector hits = top.getLeafCollector(context);
            DocIdSetIterator[] passing = new DocIdSetIterator[filters.length];
            for (int i = 0; i < filters.length; i++) {
                Scorer scorer = filters[i].scorer(context);
                passing[i] = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
            }
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
            LongValues global = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(context.ord);
            int size = (int) values.getValueCount();
            SegmentOrdinals decoded = SegmentOrdinals.of(context.reader(), field);
            int[] ords = decoded.ordinals();
            // Each chosen facet's values as a range of this segment's ordinals, which keep the global order.
            int[] first = new int[filters.length];
            int[] last = new int[filters.length];
            for (int i = 0; i < filters.length; i++) {
                first[i] = firstAtLeast(global, size, ranges[i].start);
                last[i] = firstAtLeast(global, size, ranges[i].end + 1L) - 1;
            }
            int[] segment = new int[size];
            segmentCounts = segment;
            segmentToGlobal = global;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    hits.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int failed = -1;
                    for (int i = 0; i < passing.length; i++) {
                        int at = passing[i].docID();
                        if (at < doc) {
                            at = passing[i].advance(doc);
                        }
                        if (at != doc) {
                            if (failed >= 0) {
                                return;
                            }
                            failed = i;
                        }
                    }
                    if (failed < 0) {
                        total++;
                        hits.collect(doc);
                    }
                    int from = failed < 0 ? 0 : first[failed];
                    int to = failed < 0 ? Integer.MAX_VALUE : last[failed];
                    for (int at = decoded.start(doc), end = decoded.start(doc + 1); at < end; at++) {
                        int ord = ords[at];
                        if (ord > to) {
                            return;
                        }
                        if (ord >= from) {
                            segment[ord]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    hits.finish();
                }
            };
        }

        /** The first of this segment's {@code size} ordinals whose global ordinal is at least {@code target}. */
        private static int firstAtLeast(LongValues global, int size, long target) {
            int low = 0;
            int high = size;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (global.get(mid) < target) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}

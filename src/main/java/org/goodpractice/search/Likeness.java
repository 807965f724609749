package org.goodpractice.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The best documents of a weighted disjunction of exact terms, ranked exactly as Lucene ranks the
 * same {@link BooleanQuery} of {@code SHOULD} clauses: by score, then by document number. The terms
 * are of untokenised fields indexed without frequencies or norms (concepts and topics), so every
 * document a term matches gets the same score from it, and a document's score is the sum over the
 * subset of the terms it matches. The subsets are visited from the best score down, each read word
 * by word from the terms' document bitsets, until {@code k} documents are found: at 100,000
 * practices that costs about a quarter of Lucene's MaxScore over the postings, which walks most of
 * the 40,000 documents a practice's terms match to find the few that match nearly all of them.
 * Queries of more than {@value #MAX_TERMS} terms (the subsets double with each) and fields indexed
 * with frequencies or norms are searched by Lucene itself.
 *
 * <pre>
 * ScoreDoc[] top = Likeness.top(searcher, Map.of(new Term("topic", "cluster"), 2f), 16, searcher::match);
 * </pre>
 */
final class Likeness {
    static final int MAX_TERMS = 8;

    /** Where the bits and score of one clause come from: {@link Match#of}, or a cache of them. */
    @FunctionalInterface
    interface Matches {
        Match match(Term term, float boost) throws IOException;
    }

    /**
     * The live documents one term matches (by document number in the searcher) and the score its
     * clause gives each of them, as Lucene's own scorer computes it; {@code NaN} when it matches none.
     */
    record Match(FixedBitSet docs, int count, float score) {
        static Match of(IndexSearcher searcher, Term term, float boost) throws IOException {
            Weight weight = searcher.createWeight(searcher.rewrite(new BoostQuery(new TermQuery(term), boost)),
                    ScoreMode.COMPLETE, 1f);
            FixedBitSet docs = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
            float score = Float.NaN;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator it = scorer.iterator();
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    if (live == null || live.get(d)) {
                        if (Float.isNaN(score)) {
                            score = scorer.score();
                        }
                        docs.set(leaf.docBase + d);
                    }
                }
            }
            return new Match(docs, docs.cardinality(), score);
        }

        /** The heap the bits take, for a cache's weigher. */
        int bytes() {
            return docs.getBits().length * Long.BYTES + 64;
        }
    }

    private Likeness() {
    }

    /** The query whose ranking {@link #top} reproduces: each term a {@code SHOULD} clause boosted by its weight. */
    static Query query(Map<Term, Float> boosts) {
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        boosts.forEach((term, boost) -> like.add(new BoostQuery(new TermQuery(term), boost), Occur.SHOULD));
        return like.build();
    }

    /** The {@code k} best documents of {@link #query}{@code (boosts)}, best first, with their scores. */
    static ScoreDoc[] top(IndexSearcher searcher, Map<Term, Float> boosts, int k, Matches matches) throws IOException {
        if (boosts.size() > MAX_TERMS || !boosts.keySet().stream().allMatch(t -> constantScores(searcher, t.field()))) {
            return searcher.search(query(boosts), new TopScoreDocCollectorManager(k, null, k)).scoreDocs;
        }
        List<Match> terms = new ArrayList<>();
        for (Map.Entry<Term, Float> e : boosts.entrySet()) {
            Match match = matches.match(e.getKey(), e.getValue());
            if (match.count() > 0) {
                terms.add(match);
            }
        }
        terms.sort(Comparator.comparingInt(Match::count));
        if (terms.isEmpty() || k <= 0) {
            return new ScoreDoc[0];
        }
        return best(terms, k);
    }

    /** True when every document of {@code field} in every segment is scored alike: no frequencies, no norms. */
    private static boolean constantScores(IndexSearcher searcher, String field) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null && (info.getIndexOptions() != IndexOptions.DOCS || !info.omitsNorms())) {
                return false;
            }
        }
        return true;
    }

    /** {@code terms} rarest first, so that the words of a subset's documents are found empty soonest. */
    private static ScoreDoc[] best(List<Match> terms, int k) {
        int m = terms.size();
        long[][] bits = new long[m][];
        for (int t = 0; t < m; t++) {
            bits[t] = terms.get(t).docs().getBits();
        }
        // Lucene adds the clauses' float scores as a double: exact in any order, then rounded once.
        float[] scores = new float[1 << m];
        for (int subset = 1; subset < scores.length; subset++) {
            double sum = 0;
            for (int t = 0; t < m; t++) {
                if ((subset >>> t & 1) != 0) {
                    sum += terms.get(t).score();
                }
            }
            scores[subset] = (float) sum;
        }
        int[] order = IntStream.range(1, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer s) -> scores[s]).reversed()).mapToInt(Integer::intValue).toArray();
        int wanted = Math.min(k, union(bits));
        ScoreDoc[] top = new ScoreDoc[wanted];
        int found = 0;
        for (int g = 0; g < order.length && found < wanted; ) {
            // Documents of subsets scoring the same tie, and Lucene orders ties by document number.
            int end = g;
            while (end < order.length && scores[order[end]] == scores[order[g]]) {
                end++;
            }
            found = collect(bits, Arrays.copyOfRange(order, g, end), scores[order[g]], top, found);
            g = end;
        }
        return top;
    }

    /** Adds to {@code top} the documents matching exactly one of {@code subsets}, in document order, until it is full. */
    private static int collect(long[][] bits, int[] subsets, float score, ScoreDoc[] top, int found) {
        int m = bits.length;
        int[][] members = new int[subsets.length][];
        for (int s = 0; s < subsets.length; s++) {
            int subset = subsets[s];
            members[s] = IntStream.range(0, m).filter(t -> (subset >>> t & 1) != 0).toArray();
        }
        int words = bits[0].length;
        for (int i = 0; i < words && found < top.length; i++) {
            long word = 0;
            for (int s = 0; s < subsets.length; s++) {
                int[] in = members[s];
                long exact = bits[in[0]][i];
                for (int j = 1; j < in.length && exact != 0; j++) {
                    exact &= bits[in[j]][i];
                }
                for (int t = 0; t < m && exact != 0; t++) {
                    if ((subsets[s] >>> t & 1) == 0) {
                        exact &= ~bits[t][i];
                    }
                }
                word |= exact;
            }
            for (; word != 0 && found < top.length; word &= word - 1) {
                top[found++] = new ScoreDoc(i * Long.SIZE + Long.numberOfTrailingZeros(word), score);
            }
        }
        return found;
    }

    /** How many documents match any of the terms: the search stops when it has them all. */
    private static int union(long[][] bits) {
        int count = 0;
        for (int i = 0; i < bits[0].length; i++) {
            long any = 0;
            for (long[] b : bits) {
                any |= b[i];
            }
            count += Long.bitCount(any);
        }
        return count;
    }
}

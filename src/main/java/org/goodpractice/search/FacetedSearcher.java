package org.goodpractice.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A searcher together with what belongs to its point-in-time view of the index: the facet
 * ordinals of its reader and the facet value each names, the concepts that name its facet
 * values, the hits read from its stored fields so far (stored fields are compressed in blocks,
 * so reading a document again costs as much as the first time), the facet counts of the
 * searches made on it most recently, and the documents of the terms related records were found by.
 */
final class FacetedSearcher extends IndexSearcher {
    /** Searches whose counts are kept; each holds an int per facet value of the index. */
    private static final int COUNTED = 256;
    /** The heap the document bitsets of related-record terms may take: 1,300 terms at 100,000 records. */
    private static final long MATCH_BYTES = 16L << 20;

    private final SortedSetDocValuesReaderState state;
    private final OrdinalMap ordinalMap;
    private final String[] values;
    private final Concepts concepts;
    private final AtomicReferenceArray<Hit> hits;
    private final Cache<SidewaysCounts.Key, SidewaysCounts.Counted> counted = Caffeine.newBuilder().maximumSize(COUNTED).build();
    private final Cache<Query, Likeness.Match> matches = Caffeine.newBuilder().maximumWeight(MATCH_BYTES)
            .weigher((Query clause, Likeness.Match match) -> match.bytes()).build();

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState state, Concepts concepts)
            throws IOException {
        super(reader);
        this.state = state;
        this.concepts = concepts;
        this.hits = new AtomicReferenceArray<>(reader.maxDoc());
        SortedSetDocValues ordinals = state == null ? null : state.getDocValues();
        this.ordinalMap = ordinals instanceof MultiSortedSetDocValues multi ? multi.mapping : null;
        this.values = new String[state == null ? 0 : state.getSize()];
        for (int ord = 0; ord < values.length; ord++) {
            String[] path = FacetsConfig.stringToPath(ordinals.lookupOrd(ord).utf8ToString());
            values[ord] = path[path.length - 1];
        }
    }

    /** The facet state, or null while the index holds no facet value at all (an empty store). */
    SortedSetDocValuesReaderState state() {
        return state;
    }

    Concepts concepts() {
        return concepts;
    }

    /** True when some document has a value for {@code dim}. */
    boolean indexed(String dim) {
        return state != null && state.getOrdRange(dim) != null;
    }

    /** How segment facet ordinals map to the global ones, or null when the index has one segment. */
    OrdinalMap ordinalMap() {
        return ordinalMap;
    }

    /**
     * The values of {@code dim} with a count above zero in {@code counts} (by global ordinal), most
     * frequent first and then by value; at most {@code n}, chosen as Lucene's facet counts choose
     * their top children: by count, then by ordinal (the order of the values' bytes).
     */
    List<LabelAndValue> top(String dim, int[] counts, int n) {
        OrdRange range = state == null ? null : state.getOrdRange(dim);
        if (range == null) {
            return List.of();
        }
        List<Integer> ords = new ArrayList<>();
        for (int ord = range.start; ord <= range.end; ord++) {
            if (counts[ord] > 0) {
                ords.add(ord);
            }
        }
        if (ords.size() > n) {
            ords.sort(Comparator.comparingInt((Integer ord) -> -counts[ord]).thenComparingInt(ord -> ord));
            ords = ords.subList(0, n);
        }
        List<LabelAndValue> top = new ArrayList<>(ords.size());
        for (int ord : ords) {
            top.add(new LabelAndValue(values[ord], counts[ord]));
        }
        top.sort(Comparator.comparing((LabelAndValue lv) -> -lv.value.intValue()).thenComparing(lv -> lv.label));
        return top;
    }

    /** The counts a search for {@code key} made on this searcher, or null. */
    SidewaysCounts.Counted counted(SidewaysCounts.Key key) {
        return counted.getIfPresent(key);
    }

    void remember(SidewaysCounts.Key key, SidewaysCounts.Counted counts) {
        counted.put(key, counts);
    }

    /** The documents {@code term} matches and the score its clause boosted by {@code boost} gives them, read once per searcher. */
    Likeness.Match match(Term term, float boost) throws IOException {
        Query clause = new BoostQuery(new TermQuery(term), boost);
        Likeness.Match match = matches.getIfPresent(clause);
        if (match == null) {
            match = Likeness.Match.of(this, term, boost);
            matches.put(clause, match);
        }
        return match;
    }

    /**
     * The document number of record {@code iri} in this searcher, or -1: its first live posting,
     * read directly, since a scored search for one term cost a page more than the lookup itself.
     */
    int docId(String iri) throws IOException {
        BytesRef term = new BytesRef(iri);
        for (LeafReaderContext leaf : getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(RecordDocuments.IRI);
            TermsEnum te = terms == null ? null : terms.iterator();
            if (te == null || !te.seekExact(term)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live == null || live.get(d)) {
                    return leaf.docBase + d;
                }
            }
        }
        return -1;
    }

    /** The hit of document {@code doc}, read from stored fields once per searcher. */
    Hit hit(int doc) throws IOException {
        Hit hit = hits.get(doc);
        if (hit == null) {
            hit = RecordDocuments.hit(storedFields().document(doc), concepts);
            hits.set(doc, hit);
        }
        return hit;
    }

    /** Searchers for the index, each with the concepts {@code concepts} gives when it is opened. */
    static SearcherFactory factory(FacetsConfig config, Supplier<Concepts> concepts) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                boolean hasFacets = reader.leaves().stream().anyMatch(
                        leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
                return new FacetedSearcher(reader,
                        hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null, concepts.get());
            }
        };
    }
}

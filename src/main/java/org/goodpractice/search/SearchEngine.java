package org.goodpractice.search;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.index.Term;

/**
 * Answers searches from a {@link SearchIndex}: ranked full text (title weighs most, then
 * topics and places, then description and evidence) narrowed by facets, with facet counts,
 * sorting and pages; related records; and the overview the home page draws.
 *
 * <pre>
 * SearchEngine engine = new SearchEngine(index);
 * SearchResults r = engine.search(SearchRequest.parse(Map.of("q", List.of("leaks"))));
 * </pre>
 */
public final class SearchEngine {
    private static final Map<String, Float> WEIGHTS = Map.of(
            RecordDocuments.TITLE, 3f, RecordDocuments.TOPICS, 2f, RecordDocuments.PLACES, 1.5f,
            RecordDocuments.DESCRIPTION, 1f, RecordDocuments.EVIDENCE, 0.7f);
    /** The most values of one facet a page of results shows. */
    static final int FACET_VALUES = 50;
    private static final int MAX_DOWNLOAD = 100_000;
    private static final int RELATED_TOPICS = 100;

    private final SearchIndex index;

    public SearchEngine(SearchIndex index) {
        this.index = requireNonNull(index, "index");
    }

    public SearchIndex index() {
        return index;
    }

    /** One page of results for {@code request}, with counts for every facet. */
    public SearchResults search(SearchRequest request) {
        return index.withSearcher((searcher, concepts) -> {
            if (searcher.state() == null) {
                return new SearchResults(request, 0, List.of(), List.of());
            }
            int topN = request.page() * SearchRequest.PAGE_SIZE;
            Sort sort = sort(request);
            Query base = base(request);
            List<SidewaysCounts.Filter> filters = filters(request);
            SidewaysCounts.Result result = sort == null
                    ? SidewaysCounts.search(searcher, base, filters, threshold -> new TopScoreDocCollectorManager(topN, null, threshold))
                    : SidewaysCounts.search(searcher, base, filters, threshold -> new TopFieldCollectorManager(sort, topN, null, threshold));
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = result.top().scoreDocs;
            for (int i = (request.page() - 1) * SearchRequest.PAGE_SIZE; i < docs.length; i++) {
                hits.add(searcher.hit(docs[i].doc));
            }
            List<FacetCounts> facets = new ArrayList<>();
            for (Facet facet : Facet.values()) {
                facets.add(counts(searcher.top(facet.param(), result.counts(), FACET_VALUES), facet, request, concepts));
            }
            return new SearchResults(request, result.total(), hits, facets);
        });
    }

    /** Every record {@code request} matches (not only one page), in its order, for downloads. */
    public List<Hit> matching(SearchRequest request) {
        return index.withSearcher((searcher, concepts) -> {
            Query query = query(request);
            Sort sort = sort(request);
            TopDocs top = sort == null ? searcher.search(query, MAX_DOWNLOAD) : searcher.search(query, MAX_DOWNLOAD, sort);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc d : top.scoreDocs) {
                hits.add(searcher.hit(d.doc));
            }
            return hits;
        });
    }

    /** The record {@code iri} as the index holds it, if it does. */
    public Optional<Hit> hit(String iri) {
        return index.withSearcher((searcher, concepts) -> {
            int doc = searcher.docId(iri);
            return doc < 0 ? Optional.<Hit>empty() : Optional.of(searcher.hit(doc));
        });
    }

    /**
     * Up to {@code n} practices most like record {@code iri}: sharing its sub-theme counts most,
     * then each shared topic, then its (most precise) region. Case studies are
     * left out: the case-study links of a page are made from what the articles say.
     */
    public List<Hit> related(String iri, int n) {
        return hitAndRelated(iri, n).map(HitAndRelated::related).orElse(List.of());
    }

    /** The record {@code iri} as the index holds it and up to {@code n} practices like it (see {@link #related}), in one look. */
    public Optional<HitAndRelated> hitAndRelated(String iri, int n) {
        return index.withSearcher((searcher, concepts) -> {
            int doc = searcher.docId(iri);
            return doc < 0 ? Optional.<HitAndRelated>empty() : Optional.of(new HitAndRelated(searcher.hit(doc), related(searcher, doc, n)));
        });
    }

    private static List<Hit> related(FacetedSearcher searcher, int doc, int n) throws IOException {
        Hit self = searcher.hit(doc);
        Map<Term, Float> like = new LinkedHashMap<>();
        // Only the record's own sub-theme and region: broader regions and the country match so
        // many records at 10k that scoring them took more than the rest of the page.
        for (Concept c : self.concepts()) {
            float weight = c.facet() == Facet.SUB_THEME ? 3f : c.facet() == Facet.REGION ? 1f : 0f;
            if (weight > 0) {
                like.merge(new Term(RecordDocuments.CONCEPT, c.iri()), weight, Float::sum);
            }
        }
        // Lucene refuses more than 1,024 clauses; the first topics say enough about likeness.
        self.topics().stream().limit(RELATED_TOPICS).forEach(t -> like.merge(new Term(RecordDocuments.TOPIC, t), 2f, Float::sum));
        // Scored as a pure disjunction (no exclusion of the record itself, no filter), from the
        // terms' document bitsets (see Likeness). The record itself and case studies are dropped
        // afterwards; one more hit makes up for the record, so the top is the same. Reading the
        // stored fields of candidates once n practices are found is not needed either.
        int candidates = n * 3;
        ScoreDoc[] top = Likeness.top(searcher, like, candidates + 1, searcher::match);
        List<Hit> related = new ArrayList<>();
        for (ScoreDoc d : top) {
            if (d.doc == doc) {
                continue;
            }
            if (candidates-- == 0 || related.size() == n) {
                break;
            }
            Hit hit = searcher.hit(d.doc);
            if (hit.kind() == RecordType.PRACTICE) {
                related.add(hit);
            }
        }
        return related;
    }

    /** Counts over the whole index, for the home page. */
    public Overview overview() {
        return index.withSearcher((searcher, concepts) -> {
            if (searcher.state() == null) {
                return new Overview(searcher.getIndexReader().numDocs(), Map.of(), List.of());
            }
            int[] all = SidewaysCounts.search(searcher, new MatchAllDocsQuery(), List.of(),
                    threshold -> new TopScoreDocCollectorManager(1, null, threshold)).counts();
            Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
                counts.put(facet, searcher.top(facet.param(), all, Integer.MAX_VALUE).stream()
                        .map(lv -> new FacetCount(facet, lv.label, concepts.label(facet, lv.label), lv.value.intValue(), false))
                        .toList());
            }
            List<Overview.LocalityCount> localities = new ArrayList<>();
            for (LabelAndValue lv : searcher.top(RecordDocuments.LOCALITY_DIM, all, Integer.MAX_VALUE)) {
                concepts.place(lv.label).filter(Place::located)
                        .ifPresent(p -> localities.add(new Overview.LocalityCount(p, lv.value.intValue())));
            }
            return new Overview(searcher.getIndexReader().numDocs(), counts, localities);
        });
    }

    /** The words of {@code request} within its scope: what the hits and the counts are drawn from. */
    private static Query base(SearchRequest request) {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text(request.q()), Occur.MUST);
        if (request.scope() != null) {
            base.add(new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME,
                    request.scope().facet().param(), request.scope().key())), Occur.FILTER);
        }
        return base.build();
    }

    /** The chosen facets: any chosen value of a facet lets a record pass it; years are a range. */
    private static List<SidewaysCounts.Filter> filters(SearchRequest request) {
        List<SidewaysCounts.Filter> filters = new ArrayList<>();
        request.filters().forEach((facet, values) -> filters.add(new SidewaysCounts.Filter(facet.param(),
                new TermInSetQuery(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, values.stream().map(v -> DrillDownQuery.term(
                        FacetsConfig.DEFAULT_INDEX_FIELD_NAME, facet.param(), v).bytes()).toList()))));
        if (request.from() != null || request.to() != null) {
            filters.add(new SidewaysCounts.Filter(Facet.DECADE.param(), IntPoint.newRangeQuery(RecordDocuments.YEAR,
                    request.from() == null ? Integer.MIN_VALUE : request.from(),
                    request.to() == null ? Integer.MAX_VALUE : request.to())));
        }
        return filters;
    }

    /** The records passing every chosen facet, scored by the words alone. */
    private static Query query(SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(base(request), Occur.MUST);
        filters(request).forEach(f -> query.add(f.query(), Occur.FILTER));
        return query.build();
    }

    private static Query text(String q) {
        if (q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(new TextAnalyzer(), WEIGHTS);
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(q);
    }

    /** The sort for a request, or null for relevance; without words, relevance means title order. */
    private static Sort sort(SearchRequest request) {
        SortField title = new SortField(RecordDocuments.TITLE_SORT, SortField.Type.STRING);
        return switch (request.sort()) {
            case RELEVANCE -> request.q().isBlank() ? new Sort(title) : null;
            case TITLE -> new Sort(title);
            case NEWEST, OLDEST -> {
                boolean newest = request.sort() == SearchRequest.Sort.NEWEST;
                SortField start = new SortField(RecordDocuments.START_SORT, SortField.Type.LONG, newest);
                start.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
                yield new Sort(start, title);
            }
        };
    }

    private static FacetCounts counts(List<LabelAndValue> top, Facet facet, SearchRequest request, Concepts concepts) {
        List<FacetCount> values = new ArrayList<>();
        for (LabelAndValue lv : top) {
            values.add(new FacetCount(facet, lv.label, concepts.label(facet, lv.label), lv.value.intValue(),
                    request.selected(facet, lv.label)));
        }
        for (SearchRequest.FacetValue chosen : request.chosen()) {
            if (chosen.facet() == facet && values.stream().noneMatch(v -> v.key().equals(chosen.key()))) {
                values.add(new FacetCount(facet, chosen.key(), concepts.label(facet, chosen.key()), 0, true));
            }
        }
        if (facet == Facet.DECADE) {
            values.sort(Comparator.comparing(FacetCount::key));
        }
        return new FacetCounts(facet, values);
    }
}

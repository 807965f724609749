package org.goodpractice.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * How a record becomes a Lucene document and a stored document becomes a {@link Hit}. Text
 * fields are analysed for full text; facet values go to sorted-set doc values, so counts come
 * from the index itself; concepts include everything broader (a region counts for its parents).
 */
final class RecordDocuments {
    static final String IRI = "iri";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String EVIDENCE = "evidence";
    static final String TOPICS = "topics";
    static final String PLACES = "places";
    static final String TITLE_SORT = "title_sort";
    static final String START_SORT = "start_sort";
    static final String YEAR = "year";
    /** Exact concept IRIs (with broader ones) and topics, for finding related records. */
    static final String CONCEPT = "concept";
    static final String TOPIC = "topic";
    /** The graphs stating the record, and every concept or place IRI it names: what a change is matched on. */
    static final String GRAPH = "graph";
    static final String REF = "ref";

    /** A hidden facet dimension: records per locality, for the map. */
    static final String LOCALITY_DIM = "locality";

    private static final String KIND = "kind";
    private static final String KEY = "key";
    private static final String SNIPPET = "snippet";
    private static final String START = "start";
    private static final String FILED = "filed";
    private static final String LOCALITY = "locality";
    private static final int SNIPPET_LENGTH = 280;

    private RecordDocuments() {
    }

    /** The facet configuration every document is built with and every search counts with. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.param(), true);
        }
        return config;
    }

    static Document document(IndexedRecord record, Concepts concepts) {
        Document doc = new Document();
        doc.add(new StringField(IRI, record.iri(), Field.Store.YES));
        doc.add(new StoredField(KIND, record.kind().key()));
        doc.add(new StoredField(KEY, record.key()));
        doc.add(new TextField(TITLE, record.title(), Field.Store.YES));
        doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(sortKey(record.title()))));
        text(doc, DESCRIPTION, record.text());
        text(doc, EVIDENCE, record.evidence());
        record.topics().forEach(t -> {
            text(doc, TOPICS, t);
            doc.add(new StringField(TOPIC, t.toLowerCase(Locale.ROOT), Field.Store.YES));
        });
        record.places().forEach(p -> text(doc, PLACES, p));
        if (record.summary() != null) {
            doc.add(new StoredField(SNIPPET, snippet(record.summary())));
        }
        doc.add(new SortedSetDocValuesFacetField(Facet.TYPE.param(), record.kind().key()));
        Set<Concept> filed = new LinkedHashSet<>();
        record.concepts().forEach(c -> {
            doc.add(new StoredField(FILED, c.iri()));
            filed.addAll(concepts.selfAndBroader(c));
        });
        filed.forEach(c -> {
            doc.add(new SortedSetDocValuesFacetField(c.facet().param(), c.key()));
            doc.add(new StringField(CONCEPT, c.iri(), Field.Store.NO));
        });
        record.graphs().forEach(g -> doc.add(new StringField(GRAPH, g, Field.Store.NO)));
        record.references().forEach(r -> doc.add(new StringField(REF, r, Field.Store.NO)));
        start(doc, record.start());
        if (record.locality() != null) {
            doc.add(new StoredField(LOCALITY, record.locality().iri()));
            doc.add(new SortedSetDocValuesFacetField(LOCALITY_DIM, record.locality().iri()));
        }
        return doc;
    }

    /** The hit a stored document shows, with labels as {@code concepts} names them now. */
    static Hit hit(Document doc, Concepts concepts) {
        List<Concept> filed = new ArrayList<>();
        for (IndexableField f : doc.getFields(FILED)) {
            concepts.byIri(f.stringValue()).ifPresent(filed::add);
        }
        String start = doc.get(START);
        String locality = doc.get(LOCALITY);
        return new Hit(doc.get(IRI), RecordType.byKey(doc.get(KIND)).orElseThrow(), doc.get(KEY), doc.get(TITLE),
                doc.get(SNIPPET), start == null ? null : LocalDate.parse(start), filed,
                locality == null ? null : concepts.place(locality).orElse(null), List.of(doc.getValues(TOPIC)));
    }

    private static void start(Document doc, LocalDate start) {
        if (start == null) {
            return;
        }
        doc.add(new StoredField(START, start.toString()));
        doc.add(new NumericDocValuesField(START_SORT, start.toEpochDay()));
        doc.add(new IntPoint(YEAR, start.getYear()));
        doc.add(new SortedSetDocValuesFacetField(Facet.DECADE.param(), Integer.toString(start.getYear() / 10 * 10)));
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    /** Lower case without accents, so titles sort as a reader expects ("Łódź" with the Ls). */
    static String sortKey(String title) {
        String s = title.toLowerCase(Locale.ROOT).replace("ł", "l").replace("ø", "o");
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip();
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_LENGTH);
        return flat.substring(0, cut > 0 ? cut : SNIPPET_LENGTH) + " …";
    }
}

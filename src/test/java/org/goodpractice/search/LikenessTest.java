package org.goodpractice.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Likeness#top} against Lucene's own search of the same query, on an index made to be hard
 * for it: several segments with deleted documents, terms of equal document frequency (whose
 * scores tie, so the order of documents of different subsets rests on document numbers), terms
 * that match nothing, and few documents matching many terms. Documents and scores must be the same.
 */
class LikenessTest {
    private static final int DOCS = 3_000;
    private static final String[] CONCEPTS = {"sub-theme/a", "sub-theme/b", "sub-theme/c", "region/x", "region/y", "region/z"};
    private static final int TOPICS = 12;

    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(11);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < DOCS; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                doc.add(new StringField("concept", CONCEPTS[random.nextInt(3)], Field.Store.NO));
                doc.add(new StringField("concept", CONCEPTS[3 + random.nextInt(3)], Field.Store.NO));
                // Topics 0 and 1 are given to exactly the same number of documents: their scores tie.
                if (i % 4 == 0) {
                    doc.add(new StringField("topic", "t0", Field.Store.NO));
                } else if (i % 4 == 1) {
                    doc.add(new StringField("topic", "t1", Field.Store.NO));
                }
                for (int t = 2; t < TOPICS; t++) {
                    if (random.nextInt(t + 2) == 0) {
                        doc.add(new StringField("topic", "t" + t, Field.Store.NO));
                    }
                }
                doc.add(new TextField("text", "word" + random.nextInt(5) + " word" + random.nextInt(5), Field.Store.NO));
                writer.addDocument(doc);
                if (i % 700 == 699) {
                    writer.commit();
                }
            }
            for (int i = 5; i < DOCS; i += 37) {
                writer.deleteDocuments(new Term("id", Integer.toString(i)));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        assertTrue(reader.leaves().size() > 3, "several segments");
        assertTrue(reader.numDeletedDocs() > 0, "deleted documents");
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void ranksRandomQueriesAsLuceneDoes() throws IOException {
        Random random = new Random(5);
        for (int q = 0; q < 400; q++) {
            Map<Term, Float> boosts = new LinkedHashMap<>();
            int size = 1 + random.nextInt(Likeness.MAX_TERMS);
            while (boosts.size() < size) {
                Term term = random.nextInt(3) == 0 ? new Term("concept", CONCEPTS[random.nextInt(CONCEPTS.length)])
                        : new Term("topic", "t" + random.nextInt(TOPICS + 2));
                boosts.put(term, (float) (1 + random.nextInt(3)));
            }
            assertSameTop(boosts, 1 + random.nextInt(40));
        }
    }

    @Test
    void tiedTermsOrderTheirDocumentsByNumber() throws IOException {
        assertSameTop(Map.of(new Term("topic", "t0"), 2f, new Term("topic", "t1"), 2f), 30);
    }

    @Test
    void aQueryMatchingFewerThanAskedGivesAllItMatches() throws IOException {
        Map<Term, Float> boosts = Map.of(new Term("topic", "t11"), 2f, new Term("topic", "nothing"), 2f);
        assertSameTop(boosts, DOCS);
    }

    @Test
    void moreTermsOrTextFieldsAreSearchedByLucene() throws IOException {
        Map<Term, Float> many = new LinkedHashMap<>();
        for (int t = 0; t <= Likeness.MAX_TERMS; t++) {
            many.put(new Term("topic", "t" + t), 2f);
        }
        assertSameTop(many, 20);
        assertSameTop(Map.of(new Term("text", "word1"), 1f, new Term("concept", CONCEPTS[0]), 3f), 20);
    }

    private static void assertSameTop(Map<Term, Float> boosts, int k) throws IOException {
        ScoreDoc[] expected = searcher.search(Likeness.query(boosts), new TopScoreDocCollectorManager(k, null, k)).scoreDocs;
        ScoreDoc[] actual = Likeness.top(searcher, boosts, k, (term, boost) -> Likeness.Match.of(searcher, term, boost));
        assertEquals(describe(expected), describe(actual), () -> "top " + k + " of " + boosts);
    }

    private static List<String> describe(ScoreDoc[] docs) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : docs) {
            out.add(d.doc + ":" + d.score);
        }
        return out;
    }
}

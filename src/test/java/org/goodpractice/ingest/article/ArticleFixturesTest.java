package org.goodpractice.ingest.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.goodpractice.TestData;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.place.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each directory under {@code ingest/article/} holds an article {@code input.txt} and the {@code expected.ttl} it must become. */
class ArticleFixturesTest {
    private static final String BASE = TestData.BASE;
    private static final FactExtractor FACTS = new FactExtractor(Ontology.load(BASE), BASE, Gazetteer.bundled());

    static Stream<Path> fixtures() throws IOException {
        return Files.list(TestData.resource("ingest/article")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void articleBecomesExactlyTheExpectedGraph(Path fixture) {
        Article article = new ArticleParser().parse(SourceText.read(fixture.resolve("input.txt")));
        Model actual = new ArticleMapper(BASE).map(article, FACTS.extract(article));
        Model expected = RDFDataMgr.loadModel(fixture.resolve("expected.ttl").toString());
        assertTrue(actual.isIsomorphicWith(expected), () -> "Graph for " + fixture.getFileName()
                + " differs from expected.ttl.\nMissing: " + nt(expected.difference(actual))
                + "\nUnexpected: " + nt(actual.difference(expected)));
    }

    private static String nt(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.NTRIPLES);
        return w.toString();
    }
}

package org.goodpractice.ingest;

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
import org.goodpractice.ontology.Ontology;
import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.place.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each directory under {@code ingest/annex/} holds an {@code input.txt} and the {@code expected.ttl} it must become. */
class AnnexFixturesTest {
    private static final String BASE = TestData.BASE;

    static Stream<Path> fixtures() throws IOException {
        return Files.list(TestData.resource("ingest/annex")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void annexBecomesExactlyTheExpectedGraph(Path fixture) {
        Model ontology = Ontology.load(BASE);
        Path input = fixture.resolve("input.txt");
        MappedRecord mapped = new AnnexFormat(BASE, ProgrammeSchemes.from(ontology, BASE)).map(SourceText.read(input), graph -> false);
        Model actual = new Enrichment(BASE, ontology, Gazetteer.bundled()).stated(input, mapped, 0).model();
        Model expected = RDFDataMgr.loadModel(fixture.resolve("expected.ttl").toString());
        assertTrue(actual.isIsomorphicWith(expected), () -> "Graph for " + fixture.getFileName()
                + " differs from expected.ttl.\nMissing: " + turtle(expected.difference(actual))
                + "\nUnexpected: " + turtle(actual.difference(expected)));
    }

    private static String turtle(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.NTRIPLES);
        return w.toString();
    }
}

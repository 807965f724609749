package org.goodpractice.ingest.interregeurope;

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
import org.goodpractice.ingest.Enrichment;
import org.goodpractice.ingest.MappedRecord;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.place.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each directory under {@code ingest/interreg-europe/} holds an {@code input.txt} and the {@code expected.ttl} it must become. */
class PlatformFixturesTest {
    private static final String BASE = TestData.BASE;

    static Stream<Path> fixtures() throws IOException {
        return Files.list(TestData.resource("ingest/interreg-europe")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void practiceBecomesExactlyTheExpectedGraph(Path fixture) {
        Model ontology = Ontology.load(BASE);
        InterregEuropeFormat format = new InterregEuropeFormat(BASE, ProgrammeSchemes.from(ontology, BASE),
                Gazetteer.bundled());
        Path input = fixture.resolve("input.txt");
        MappedRecord mapped = format.map(SourceText.read(input), graph -> false);
        Model actual = new Enrichment(BASE, ontology, Gazetteer.bundled()).stated(input, mapped, 0).model();
        Model expected = RDFDataMgr.loadModel(fixture.resolve("expected.ttl").toString());
        assertTrue(actual.isIsomorphicWith(expected), () -> "Graph for " + fixture.getFileName()
                + " differs from expected.ttl.\nMissing: " + turtle(expected.difference(actual))
                + "\nUnexpected: " + turtle(actual.difference(expected)));
    }

    private static String turtle(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.TURTLE);
        return w.toString();
    }
}

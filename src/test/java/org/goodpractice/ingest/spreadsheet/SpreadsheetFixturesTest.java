package org.goodpractice.ingest.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.goodpractice.TestData;
import org.goodpractice.ingest.RecordFormat;
import org.goodpractice.ingest.Enrichment;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.place.Gazetteer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each directory under {@code ingest/spreadsheet/} holds an {@code input.csv} and the
 * {@code expected.ttl} its rows must become (the union of the rows' graphs); the same rows saved
 * as an {@code .xlsx} workbook (built here with POI) must become the same graph.
 */
class SpreadsheetFixturesTest {
    private static final String BASE = TestData.BASE;
    private static final SpreadsheetFormat FORMAT = new SpreadsheetFormat(BASE,
            ProgrammeSchemes.from(Ontology.load(BASE), BASE));
    private static final Enrichment ENRICHMENT = new Enrichment(BASE, Ontology.load(BASE), Gazetteer.bundled());

    @TempDir
    Path dir;

    static Stream<Path> fixtures() throws IOException {
        return Files.list(TestData.resource("ingest/spreadsheet")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void csvRowsBecomeExactlyTheExpectedGraph(Path fixture) {
        assertGraph(fixture, rows(SourceText.read(fixture.resolve("input.csv"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theSameRowsInAWorkbookBecomeTheSameGraph(Path fixture) {
        Path xlsx = Workbooks.write(dir.resolve("input.xlsx"), Workbooks.csvRows(fixture.resolve("input.csv")));
        assertGraph(fixture, rows(SourceText.read(xlsx)));
    }

    private static Model rows(SourceText source) {
        Model union = ModelFactory.createDefaultModel();
        List<RecordFormat.Part> parts = FORMAT.mapEach(source, graph -> false);
        for (RecordFormat.Part part : parts) {
            assertNull(part.refused(), () -> String.valueOf(part.refused()));
            union.add(ENRICHMENT.stated(source.file(), part.record(), part.line()).model());
        }
        return union;
    }

    private static void assertGraph(Path fixture, Model actual) {
        Model expected = RDFDataMgr.loadModel(fixture.resolve("expected.ttl").toString());
        assertTrue(actual.isIsomorphicWith(expected), () -> "Graph for " + fixture.getFileName()
                + " differs from expected.ttl.\nMissing: " + turtle(expected.difference(actual))
                + "\nUnexpected: " + turtle(actual.difference(expected)));
        assertEquals(expected.size(), actual.size());
    }

    static String turtle(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.TURTLE);
        return w.toString();
    }
}

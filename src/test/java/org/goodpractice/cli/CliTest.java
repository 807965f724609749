package org.goodpractice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.goodpractice.TestData;
import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.ingest.spreadsheet.CsvRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as a user runs them, in-process. */
class CliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void importPrintsOneLinePerRecordAndFailsWhenAnyRecordFails() {
        int code = run("import", "--verbose", "--store", dir.resolve("store").toString(),
                TestData.resource("ingest/annex/bspa/input.txt").toString(),
                TestData.resource("ingest/bad/impossible-date.txt").toString());

        assertEquals(1, code);
        assertTrue(out.toString().contains("[1/2] imported 0557C2 \"Birmingham Science Park Aston\""), out.toString());
        assertTrue(err.toString().contains("[2/2] FAILED ") && err.toString().contains("impossible-date.txt:9: Start: "),
                err.toString());
        assertTrue(out.toString().contains("1 imported, 0 unchanged, 1 failed"), out.toString());
    }

    @Test
    void importOfSampleDataSucceeds() {
        assertEquals(0, run("import", "--store", dir.resolve("store").toString(), "data"), err.toString());
    }

    @Test
    void queryPrintsATableOrTheRequestedFormat() {
        String store = dir.resolve("store").toString();
        run("import", "--store", store, TestData.resource("ingest/annex/bspa/input.txt").toString());
        String query = "SELECT ?id WHERE { ?p <http://purl.org/dc/terms/identifier> ?id }";

        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--store", store, query));
        assertTrue(out.toString().contains("| \"0557C2\" |"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--store", store, "--format", "csv", query));
        assertEquals("id\r\n0557C2\r\n", out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--store", store, "--format", "json", query));
        assertTrue(out.toString().contains("\"value\": \"0557C2\""), out.toString());
    }

    @Test
    void invalidQueryGetsAMessageNotAStackTrace() {
        assertEquals(2, run("query", "--store", dir.resolve("store").toString(), "SELEKT nothing"));
        assertTrue(err.toString().startsWith("The query is not valid SPARQL"), err.toString());
    }

    @Test
    void exportWritesEveryNamedGraphAsNQuads() throws Exception {
        String store = dir.resolve("store").toString();
        run("import", "--store", store, TestData.resource("ingest/annex/bspa/input.txt").toString());
        Path file = dir.resolve("dump.nq");

        assertEquals(0, run("export", "--store", store, "--format", "nq", "--out", file.toString()));

        Dataset dump = DatasetFactory.create();
        RDFParser.source(file).lang(Lang.NQUADS).parse(dump);
        assertTrue(dump.containsNamedModel(StoreOptions.DEFAULT_BASE + "graph/practice/0557C2"));
        assertTrue(dump.containsNamedModel(StoreOptions.DEFAULT_BASE + "graph/ontology"));
        assertTrue(Files.size(file) > 1000);
    }

    @Test
    void validateAcceptsTheBspaAnnexAndRejectsAnAnnexWithoutIndex() {
        assertEquals(0, run("validate", TestData.resource("ingest/annex/bspa/input.txt").toString()), err.toString());
        assertTrue(out.toString().contains("valid ") && out.toString().contains("(0557C2 \"Birmingham Science Park Aston\")"),
                out.toString());

        assertEquals(1, run("validate", TestData.resource("ingest/bad/no-index.txt").toString()));
        assertTrue(err.toString().contains("INVALID ") && err.toString().contains("no-index.txt:3: Index: missing"),
                err.toString());
        assertTrue(out.toString().contains("0 valid, 1 invalid"), out.toString());
    }

    @Test
    void validateAcceptsEveryRecordUnderData() throws Exception {
        assertEquals(0, run("validate", "data"), err.toString());
        int records = 0;
        for (Path file : Importer.expand(List.of(TestData.sampleData()))) {
            records += SourceText.isSpreadsheet(file) ? CsvRows.read(file, Files.readString(file)).rows().size() : 1;
        }
        assertTrue(out.toString().contains(records + " valid, 0 invalid"), out.toString());
    }

    @Test
    void importAndValidateReportEachRowOfASpreadsheetAndRefuseTheBadOneAlone() {
        String file = TestData.resource("ingest/spreadsheet-bad/unknown-country.csv").toString();
        String store = dir.resolve("store").toString();

        assertEquals(1, run("import", "--store", store, "--verbose", file));
        assertTrue(out.toString().contains("imported cluster-management-in-the-danube-region \"Cluster management in the Danube region\""),
                out.toString());
        assertTrue(err.toString().contains("FAILED " + file + ":3: country: unknown country \"Atlantis\""), err.toString());
        assertTrue(out.toString().contains("2 imported, 0 unchanged, 1 failed"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(1, run("import", "--store", store, file));
        assertTrue(out.toString().contains("0 imported, 2 unchanged, 1 failed"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(1, run("validate", file));
        assertTrue(out.toString().contains("valid " + file + ":4 (heat-pumps-for-social-housing "), out.toString());
        assertTrue(out.toString().contains("2 valid, 1 invalid"), out.toString());
    }

    @Test
    void theKindsOfTheRegistryIncludeSpreadsheets() {
        assertEquals(0, run("import", "--help"));
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("auto, spreadsheet, interreg-europe, annex, article"),
                out.toString());
    }

    @Test
    void importWarnsAboutUnresolvedPlacesAndReportsUnchangedFilesOnASecondRun() {
        String store = dir.resolve("store").toString();
        String file = TestData.resource("ingest/annex/unknown-region/input.txt").toString();

        assertEquals(0, run("import", "--store", store, file));
        assertTrue(err.toString().contains("WARNING " + file + ": Location: region \"ATLANTIS\""), err.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("import", "--store", store, file));
        assertTrue(out.toString().contains("unchanged 0002A1 from " + file), out.toString());
        assertTrue(out.toString().contains("0 imported, 1 unchanged, 0 failed"), out.toString());
    }
}

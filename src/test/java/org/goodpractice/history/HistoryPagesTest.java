package org.goodpractice.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.goodpractice.TestServer;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.vocab.PROV;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A practice imported, re-imported changed and re-imported unchanged (also with {@code --force},
 * which only stamps a new import time) has two versions, which its
 * history, version, diff pages and version IRIs show, while the public store, endpoint and dump
 * hold the current version only.
 */
class HistoryPagesTest {
    private static final String OLD_TITLE = "Quillbeck vouchers for SME cooperation";
    private static final String NEW_TITLE = "Quillbeck <b>renamed</b> vouchers";

    @TempDir
    static Path dir;
    private static TdbHistory history;
    private static TestServer site;
    private static String practiceIri;
    private static final List<ImportOutcome> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        history = TdbHistory.inMemory();
        site = TestServer.start(builder -> builder.history(history));
        practiceIri = site.base() + "id/practice/9901H1";
        String annex = Files.readString(Path.of("data/annex/0298C1.txt")).replace("Index: 0298C1", "Index: 9901H1");
        String original = OLD_TITLE + annex.substring(annex.indexOf('\n'));
        Path file = dir.resolve("9901H1.txt");
        Importer importer = new Importer(site.store(), site.base()).history(history);
        Files.writeString(file, original);
        OUTCOMES.add(importer.importFile(file));
        Files.writeString(file, NEW_TITLE + annex.substring(annex.indexOf('\n')));
        OUTCOMES.add(importer.importFile(file));
        OUTCOMES.add(importer.importFile(file));
        // An hour later, so that the forced import's time stamp surely differs from the first ones.
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        OUTCOMES.add(new Importer(site.store(), site.base(), later).history(history).force(true).importFile(file));
    }

    @AfterAll
    static void stop() {
        site.close();
        history.close();
    }

    @Test
    void aChangedReimportMakesAVersionAndAnUnchangedOneNoneEvenForced() {
        assertInstanceOf(ImportOutcome.Imported.class, OUTCOMES.get(0));
        assertInstanceOf(ImportOutcome.Imported.class, OUTCOMES.get(1));
        assertInstanceOf(ImportOutcome.Unchanged.class, OUTCOMES.get(2));
        assertInstanceOf(ImportOutcome.Imported.class, OUTCOMES.get(3), "--force writes the file again");
        List<History.Version> versions = history.versions(practiceIri);
        assertEquals(List.of(2, 1), versions.stream().map(History.Version::number).toList());
        assertEquals("import (9901H1.txt)", versions.get(0).change().who());
    }

    @Test
    void theHistoryListsTheVersionsNewestFirstEscaped() throws Exception {
        String page = text("practice/9901H1/history");
        int two = page.indexOf("/practice/9901H1/version/2\"");
        int one = page.indexOf("/practice/9901H1/version/1\"");
        assertTrue(two > 0 && one > two, page);
        assertTrue(page.contains("/practice/9901H1/diff/2\"") && page.contains("import (9901H1.txt)"), page);
        assertTrue(page.contains("Quillbeck &lt;b&gt;renamed&lt;/b&gt; vouchers") && !page.contains("<b>renamed"), page);
        assertTrue(text("practice/9901H1").contains("/practice/9901H1/history\""), "the current page links to its history");
    }

    @Test
    void versionOneShowsTheOldTitleAndTheCurrentPageTheNewOne() throws Exception {
        String old = text("practice/9901H1/version/1");
        assertTrue(old.contains("<h1>" + OLD_TITLE + "</h1>") && old.contains("This is version 1"), old);
        String current = text("practice/9901H1");
        assertTrue(current.contains("Quillbeck &lt;b&gt;renamed") && !current.contains(OLD_TITLE), current);
    }

    @Test
    void theDiffNamesTheChangedFieldOnly() throws Exception {
        String diff = text("practice/9901H1/diff/2");
        assertTrue(diff.contains("<th scope=\"row\">title</th><td><del>" + OLD_TITLE + "</del></td>"
                + "<td><ins>Quillbeck &lt;b&gt;renamed&lt;/b&gt; vouchers</ins></td>"), diff);
        assertFalse(diff.contains(">description</th>"), "an unchanged field is not listed");
    }

    @Test
    void aVersionIriDereferencesAsProvInTurtle() throws Exception {
        HttpResponse<byte[]> r = site.get("id/practice/9901H1/version/2", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(new String(r.body(), StandardCharsets.UTF_8), Lang.TURTLE).parse(m);
        Resource v = m.createResource(practiceIri + "/version/2");
        assertTrue(m.contains(v, PROV.wasRevisionOf, m.createResource(practiceIri + "/version/1")));
        assertTrue(v.hasProperty(PROV.generatedAtTime) && v.hasProperty(PROV.wasAttributedTo));
        assertEquals(303, site.get("id/practice/9901H1/version/2", "text/html").statusCode());
    }

    @Test
    void versionsAreNeitherInTheEndpointNorInTheDump() throws Exception {
        String ask = "PREFIX prov: <http://www.w3.org/ns/prov#> ASK { { ?v prov:wasRevisionOf ?w } UNION "
                + "{ ?s ?p \"" + OLD_TITLE + "\" } UNION { GRAPH <" + practiceIri + "/version/1> { ?a ?b ?c } } }";
        HttpResponse<String> r = TestServer.HTTP.send(HttpRequest.newBuilder(
                URI.create(site.url("sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8))))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().replace(" ", "").contains("\"boolean\":false"), r.body());
        HttpResponse<byte[]> dump = site.get("dumps/goodpractice.nq.gz", "*/*");
        String quads = new String(new GZIPInputStream(new ByteArrayInputStream(dump.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(quads.contains("Quillbeck"), "the current version is in the dump");
        assertFalse(quads.contains(OLD_TITLE) || quads.contains("/version/"), "no past version is");
    }

    @Test
    void badIdentifiersAndNumbersAre404() throws Exception {
        for (String path : List.of("practice/..%2Fx/history", "practice/../x/history", "practice/9901H1/version/0",
                "practice/9901H1/version/3", "practice/9901H1/version/abc", "practice/9901H1/diff/9",
                "practice/NOPE/history", "id/practice/9901H1/version/7", "id/practice/%3Cx%3E/version/1")) {
            assertEquals(404, site.get(path, "text/html").statusCode(), path);
        }
    }

    private static String text(String path) throws Exception {
        HttpResponse<byte[]> r = site.get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}

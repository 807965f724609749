package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.goodpractice.TestServer;
import org.goodpractice.TestTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the server publishes parses with parsers that are not Jena and gives what Jena reads:
 * {@code rapper} from Debian's raptor2-utils for Turtle, RDF/XML, N-Triples and N-Quads, and
 * jsonld.js (under {@code src/test/jsonld}) for JSON-LD, which raptor cannot read. {@code .ci/run}
 * installs both; without them these tests are skipped with a message saying so.
 */
class IndependentParserTest {
    private static final Pattern COUNT = Pattern.compile("Parsing returned (\\d+) (triples|statements)");

    @TempDir
    static Path dir;

    private static TestServer server;

    private static final Path JSONLD_CHECK = Path.of("src/test/jsonld");

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "id/practice/0557C2, text/turtle, turtle",
            "id/practice/0557C2, application/rdf+xml, rdfxml",
            "id/practice/0557C2, application/n-triples, ntriples",
            "id/concept/interreg-ivc/priority/1, application/rdf+xml, rdfxml",
            "id/person/hugo-russell, text/turtle, turtle",
            ".well-known/void, text/turtle, turtle",
            ".well-known/void, application/rdf+xml, rdfxml",
            ".well-known/void, application/n-triples, ntriples",
            "ontology, text/turtle, turtle",
            "ontology, application/rdf+xml, rdfxml",
            "sparql, text/turtle, turtle",
            "dumps/goodpractice.ttl.gz, */*, turtle",
            "dumps/goodpractice.nq.gz, */*, nquads"})
    void rapperReadsWhatTheServerPublishes(String path, String accept, String rapperFormat) throws Exception {
        TestTools.require(onPath("rapper"), "rapper is not on PATH: install Debian's raptor2-utils (.ci/run does) to run "
                + "the independent parser check");
        byte[] body = fetchFollowingRedirects(path, accept);
        if (path.endsWith(".gz")) {
            body = DatasetPublicationTest.gunzip(body).readAllBytes();
        }
        Path file = Files.write(dir.resolve(path.replace('/', '_') + "." + rapperFormat), body);
        Process rapper = new ProcessBuilder("rapper", "-i", rapperFormat, "-c", file.toString(), server.base())
                .redirectErrorStream(true).start();
        String output = new String(rapper.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, rapper.waitFor(60, TimeUnit.SECONDS), "rapper did not finish");
        assertEquals(0, rapper.exitValue(), output);
        Matcher count = COUNT.matcher(output);
        assertEquals(true, count.find(), output);
        assertEquals(jenaCount(body, rapperFormat), Long.parseLong(count.group(1)), "rapper and Jena disagree: " + output);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"id/practice/0557C2", "id/concept/interreg-ivc/priority/1", "id/practice/0557C2/location", ".well-known/void",
            "ontology", "sparql"})
    void jsonldJsReadsTheSameGraphAsJena(String path) throws Exception {
        TestTools.require(onPath("node") && Files.isDirectory(JSONLD_CHECK.resolve("node_modules/jsonld")),
                "node or jsonld.js is missing: run npm install --prefix src/test/jsonld (.ci/run does) to run "
                        + "the independent JSON-LD check");
        byte[] body = fetchFollowingRedirects(path, "application/ld+json");
        Path file = Files.write(dir.resolve(path.replace('/', '_') + ".jsonld"), body);
        Process node = new ProcessBuilder("node", JSONLD_CHECK.resolve("to-nquads.mjs").toString(), file.toString(), server.base())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] nquads = node.getInputStream().readAllBytes();
        assertEquals(true, node.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), new String(nquads, StandardCharsets.UTF_8));
        Model byJsonldJs = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(byJsonldJs.getGraph());
        Model byJena = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.JSONLD).base(server.base()).parse(byJena);
        assertEquals(false, byJena.isEmpty());
        assertEquals(true, byJena.isIsomorphicWith(byJsonldJs), new String(nquads, StandardCharsets.UTF_8));
    }

    private static byte[] fetchFollowingRedirects(String path, String accept) throws Exception {
        var response = server.get(path, accept);
        if (response.statusCode() == 303) {
            response = server.get(response.headers().firstValue("Location").orElseThrow(), accept);
        }
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** Statements Jena parses from {@code body}, duplicates included, as rapper counts them. */
    private static long jenaCount(byte[] body, String rapperFormat) {
        Lang lang = switch (rapperFormat) {
            case "turtle" -> Lang.TURTLE;
            case "rdfxml" -> Lang.RDFXML;
            case "ntriples" -> Lang.NTRIPLES;
            default -> Lang.NQUADS;
        };
        StreamRDFCounting counter = StreamRDFLib.count();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(server.base()).parse(counter);
        return counter.count();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}

package org.goodpractice.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.goodpractice.TestData;
import org.goodpractice.TestServer;

/**
 * Runs manifest entries against a {@link TestServer}: loads the entry's graphs, sends its
 * requests in order to the {@link Target}'s paths and checks each response as the manifest
 * says. An entry run {@linkplain #runRefused refused} instead must have every write turned away
 * with a 4xx and the store left exactly as it was.
 *
 * <pre>
 * ManifestRunner runner = new ManifestRunner(server, Target.publicEndpoint(), "w3c/protocol/");
 * runner.run(entry);
 * </pre>
 */
final class ManifestRunner {
    private final TestServer server;
    private final Target target;
    private final String directory;
    private final Set<String> initialGraphs;

    ManifestRunner(TestServer server, Target target, String directory) {
        this.server = server;
        this.target = target;
        this.directory = directory;
        this.initialGraphs = graphs();
    }

    /** Runs the entry as the manifest specifies it. */
    void run(Manifest.Entry entry) throws Exception {
        prepare(entry);
        Map<String, String> variables = new HashMap<>();
        int step = 0;
        for (Manifest.Exchange exchange : entry.exchanges()) {
            step++;
            HttpResponse<byte[]> response = send(entry, exchange, variables);
            check(entry + " request " + step, exchange.expected(), response, variables);
        }
        assertFalse(entry.exchanges().isEmpty(), entry + " has no requests");
    }

    /** Runs only the entry's writes, each of which must be refused, and checks the store did not change. */
    void runRefused(Manifest.Entry entry) throws Exception {
        prepare(entry);
        List<String> before = TestData.snapshot(server.store());
        int writes = 0;
        for (Manifest.Exchange exchange : entry.exchanges()) {
            if (isWrite(entry, exchange)) {
                writes++;
                HttpResponse<byte[]> response = send(entry, exchange, Map.of());
                assertEquals(4, response.statusCode() / 100, entry + ": " + exchange.method() + " " + exchange.path()
                        + " was not refused: " + response.statusCode() + " " + text(response));
            }
        }
        assertTrue(writes > 0, entry + " has no write to refuse");
        assertEquals(before, TestData.snapshot(server.store()), entry + " changed the store");
    }

    /** Whether the entry writes: a Graph Store PUT/POST/DELETE or an update operation's request. */
    static boolean isWrite(Manifest.Entry entry, Manifest.Exchange exchange) {
        if (exchange.path().startsWith("/gsp")) {
            return List.of("PUT", "POST", "DELETE").contains(exchange.method());
        }
        return entry.id().contains("update") && !isQuery(exchange);
    }

    private static boolean isQuery(Manifest.Exchange exchange) {
        String body = exchange.body() == null ? "" : new String(exchange.body(), StandardCharsets.UTF_8);
        return exchange.header("content-type").orElse("").startsWith("application/sparql-query")
                || body.startsWith("query=") || exchange.path().contains("query=");
    }

    /** Removes what earlier entries wrote, then loads this entry's graphs. */
    private void prepare(Manifest.Entry entry) {
        Map<String, Model> graphs = new HashMap<>();
        graphs().stream().filter(g -> !initialGraphs.contains(g)).forEach(g -> graphs.put(g, ModelFactory.createDefaultModel()));
        entry.graphData().forEach((name, file) -> graphs.put(name,
                RDFParser.source(getClass().getResource("/" + directory + file.substring(file.lastIndexOf('/') + 1)).toString()).toModel()));
        if (!graphs.isEmpty()) {
            server.store().replaceGraphs(graphs);
        }
    }

    private Set<String> graphs() {
        return server.store().select(QueryFactory.create("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }"), rs -> {
            Set<String> names = new HashSet<>();
            rs.forEachRemaining(row -> names.add(row.getResource("g").getURI()));
            return names;
        });
    }

    private HttpResponse<byte[]> send(Manifest.Entry entry, Manifest.Exchange exchange, Map<String, String> variables) throws Exception {
        String path = exchange.path();
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            path = path.replace(variable.getKey(), variable.getValue());
        }
        String endpoint = path.startsWith("/gsp") ? target.graphStore()
                : isWrite(entry, exchange) ? target.update() : target.query();
        String rest = path.startsWith("/gsp") ? path.substring("/gsp".length()) : path.replaceFirst("^/sparql/?", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(endpoint + rest)));
        exchange.headers().forEach(request::header);
        if (!endpoint.equals("sparql")) {
            target.writeHeaders().forEach(request::header);
        }
        request.method(exchange.method(), exchange.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(exchange.body()));
        return server.send(request.build());
    }

    private void check(String what, Manifest.Expected expected, HttpResponse<byte[]> response, Map<String, String> variables) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(expected.allows(response.statusCode()),
                what + ": status " + response.statusCode() + " not in " + expected.statuses() + ": " + text(response));
        if (expected.location() != null) {
            String location = response.headers().firstValue("Location").orElse(null);
            assertNotNull(location, what + ": no Location header");
            variables.put(expected.location(), location);
        }
        if (expected.format() != null) {
            assertTrue(hasFormat(expected.format(), type), what + ": " + type + " is not a " + expected.format() + " format");
        }
        if (expected.bool() != null) {
            Lang lang = type.contains("json") ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML;
            assertEquals(expected.bool(), ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body()), lang), what + ": ASK result");
        }
        expected.headers().forEach((name, value) -> {
            String actual = response.headers().firstValue(name).orElse(null);
            assertNotNull(actual, what + ": no " + name + " header");
            if (name.equals("content-type")) {
                assertSameContentType(what, value, actual);
            } else {
                assertEquals(value, actual, what + ": header " + name);
            }
        });
        if (expected.body() != null) {
            Lang lang = RDFLanguages.contentTypeToLang(ContentType.create(expected.headers().get("content-type")).getContentTypeStr());
            Model wanted = RDFParser.fromString(expected.body(), lang).toModel();
            Model got = RDFParser.source(new ByteArrayInputStream(response.body()))
                    .lang(RDFLanguages.contentTypeToLang(ContentType.create(type).getContentTypeStr())).toModel();
            assertTrue(wanted.isIsomorphicWith(got), what + ": graph differs from the manifest's:\n" + text(response));
        }
    }

    private static boolean hasFormat(String format, String contentType) {
        String type = ContentType.create(contentType).getContentTypeStr();
        return switch (format) {
            case "boolean" -> List.of("application/sparql-results+xml", "application/sparql-results+json").contains(type);
            case "tabular" -> List.of("application/sparql-results+xml", "application/sparql-results+json",
                    "text/csv", "text/tab-separated-values").contains(type);
            case "RDF" -> RDFLanguages.contentTypeToLang(type) != null && RDFLanguages.isTriples(RDFLanguages.contentTypeToLang(type));
            default -> fail("Unknown mf:expectedFormat " + format);
        };
    }

    private static void assertSameContentType(String what, String expected, String actual) {
        ContentType wanted = ContentType.create(expected);
        ContentType got = ContentType.create(actual);
        assertEquals(wanted.getContentTypeStr(), got.getContentTypeStr(), what + ": content type");
        if (wanted.getCharset() != null) {
            assertEquals(wanted.getCharset().toLowerCase(), String.valueOf(got.getCharset()).toLowerCase(), what + ": charset");
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return body.length() > 500 ? body.substring(0, 500) + "..." : body;
    }
}

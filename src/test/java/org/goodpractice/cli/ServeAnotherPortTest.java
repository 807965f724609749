package org.goodpractice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.goodpractice.reliability.JavaProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment mistake issue 13 names, tried as a new user would, through the commands
 * themselves: {@code import} with the defaults (dataset base {@code http://localhost:8080/}),
 * then {@code serve --port P} with no other option. Pages must answer on P and link to P, and
 * the RDF must keep the IRIs the store was imported under.
 */
class ServeAnotherPortTest {
    private static final String IMPORTED_BASE = "http://localhost:8080/";

    @TempDir
    Path dir;

    @Test
    void aStoreImportedWithTheDefaultsServesOnAnotherPortWithWorkingLinks() throws Exception {
        Path store = dir.resolve("store");
        try (JavaProcess importer = JavaProcess.start(Main.class, "import", "--store", store.toString(),
                TestData.sampleData().toString())) {
            importer.awaitLine(line -> line.contains("imported,"), Duration.ofMinutes(3));
            assertEquals(0, importer.awaitExit(Duration.ofMinutes(1)), "the sample data imports");
        }
        int port = freePort();
        String web = "http://localhost:" + port + "/";
        try (JavaProcess server = JavaProcess.start(Main.class, "serve", "--store", store.toString(),
                "--port", Integer.toString(port), "--no-prepare-pages")) {
            String serving = server.awaitLine(line -> line.startsWith("Serving "), Duration.ofMinutes(2));
            assertTrue(serving.contains("Serving " + IMPORTED_BASE + " (pages at " + web), serving);

            HttpResponse<String> page = get(web + "practice/0557C2", "text/html");
            assertEquals(200, page.statusCode(), "the practice page on the served port");
            assertTrue(page.body().contains("href=\"" + web + "id/practice/0557C2\""), "links go to the served port");
            assertFalse(page.body().contains("href=\"" + IMPORTED_BASE), "no link to the port it was imported under");

            HttpResponse<String> redirect = get(web + "id/practice/0557C2", "text/html");
            assertEquals(303, redirect.statusCode());
            assertEquals(web + "practice/0557C2", redirect.headers().firstValue("Location").orElse(""));

            HttpResponse<String> turtle = get(web + "id/practice/0557C2", "text/turtle");
            String document = turtle.headers().firstValue("Location").map(l -> {
                try {
                    return get(URI.create(web).resolve(l).toString(), "text/turtle").body();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).orElse(turtle.body());
            Model model = ModelFactory.createDefaultModel().read(new StringReader(document), web, "TURTLE");
            assertTrue(model.containsResource(model.createResource(IMPORTED_BASE + "id/practice/0557C2")),
                    "the RDF keeps the dataset IRI");
        }
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return TestServer.HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocketChannel channel = TestServer.bind()) {
            return channel.socket().getLocalPort();
        }
    }
}

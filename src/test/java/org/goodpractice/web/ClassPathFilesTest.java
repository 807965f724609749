package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The site's files and web jars from the class path: bytes, type, validators, and nothing outside their roots. */
class ClassPathFilesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Javalin app;

    @BeforeAll
    static void start() {
        app = Javalin.create(config -> {
            new ClassPathFiles("/public", "max-age=0").register(config, Paths.STATIC);
            new ClassPathFiles("/META-INF/resources/webjars", "max-age=31622400").register(config, Paths.WEBJARS);
        }).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void aFileIsSentAsTheJarHoldsItWithItsTypeAndAStrongValidatorThatAnswers304() throws Exception {
        HttpResponse<byte[]> css = get("/static/style.css", null);
        assertEquals(200, css.statusCode());
        assertEquals(new String(resource("/public/style.css")), new String(css.body()));
        assertEquals("text/css;charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertEquals("max-age=0", css.headers().firstValue("Cache-Control").orElseThrow());
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"") && !etag.startsWith("W/"), etag);

        HttpResponse<byte[]> again = get("/static/style.css", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(200, get("/static/style.css", "\"other\"").statusCode());
        assertTrue(!etag.equals(get("/static/map.js", null).headers().firstValue("ETag").orElseThrow()), "each file has its own validator");
    }

    @Test
    void aWebJarFileIsSentFromItsVersionedPathAndKeptAYear() throws Exception {
        HttpResponse<byte[]> leaflet = get("/webjars/leaflet/1.9.4/dist/leaflet.js", null);
        assertEquals(200, leaflet.statusCode());
        assertTrue(new String(leaflet.body()).contains("Leaflet"));
        assertTrue(leaflet.headers().firstValue("Content-Type").orElseThrow().contains("javascript"));
        assertEquals("max-age=31622400", leaflet.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void namesOutsideTheRootDirectoriesAndMissingFilesAre404() throws Exception {
        for (String path : new String[] {"/static/none.png", "/static/", "/static/../templates/practice.hbs",
                "/static/%2e%2e/ontology/shapes.ttl", "/static/..%2fontology/shapes.ttl", "/static/.hidden.css",
                "/webjars/leaflet", "/static//style.css"}) {
            assertEquals(404, get(path, null).statusCode(), path);
        }
    }

    private static HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ClassPathFilesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}

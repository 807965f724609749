package org.goodpractice.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.goodpractice.TestServer;
import org.junit.jupiter.api.Test;

/** A practice page is kept gzipped: sent as kept to clients that accept gzip, as HTML to the others, the same page either way. */
class SentPageTest {
    @Test
    void acceptEncodingIsReadAsRfc9110Says() {
        assertTrue(SentPage.acceptsGzip("gzip, deflate, br"));
        assertTrue(SentPage.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(SentPage.acceptsGzip("*"));
        assertFalse(SentPage.acceptsGzip(null));
        assertFalse(SentPage.acceptsGzip("identity"));
        assertFalse(SentPage.acceptsGzip("gzip;q=0"));
        assertFalse(SentPage.acceptsGzip("*, gzip;q=0.0"));
        assertFalse(SentPage.acceptsGzip("br, x-gzip-not"));
    }

    @Test
    void aKeptPageIsTheSamePageGzippedOrNot() throws Exception {
        try (TestServer site = TestServer.start()) {
            HttpResponse<byte[]> first = page(site, null);
            HttpResponse<byte[]> plain = page(site, null);
            HttpResponse<byte[]> gzipped = page(site, "gzip, br");
            for (HttpResponse<byte[]> r : new HttpResponse[] {first, plain, gzipped}) {
                assertEquals(200, r.statusCode());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().toString());
                assertTrue(r.headers().firstValue("Link").orElse("").contains("rel=\"alternate\"; type=\"text/turtle\""),
                        r.headers().toString());
                assertEquals("Accept-Encoding", r.headers().firstValue("Vary").orElse(""));
            }
            assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), "no gzip to a client that did not ask for it");
            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
            String html = new String(plain.body(), UTF_8);
            assertTrue(html.contains("<h1>"), html);
            assertEquals(new String(first.body(), UTF_8), html, "the page of its first view is the page kept");
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                assertEquals(html, new String(in.readAllBytes(), UTF_8));
            }
        }
    }

    /** A first view is gzipped once, as the cache keeps it, not again by the server: the kept bytes come back after it. */
    @Test
    void aFirstViewToAGzipClientIsThePageAsKept() throws Exception {
        try (TestServer site = TestServer.start(b -> b.preparePages(false))) {
            HttpResponse<byte[]> first = page(site, "gzip");
            HttpResponse<byte[]> kept = page(site, "gzip");
            HttpResponse<byte[]> plain = page(site, null);
            assertEquals("gzip", first.headers().firstValue("Content-Encoding").orElse(""));
            assertArrayEquals(kept.body(), first.body(), "the first view sends the bytes the cache keeps");
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(first.body()))) {
                assertEquals(new String(plain.body(), UTF_8), new String(in.readAllBytes(), UTF_8));
            }
        }
    }

    private static HttpResponse<byte[]> page(TestServer site, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url("practice/0557C2"))).header("Accept", "text/html");
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return site.send(request.build());
    }
}

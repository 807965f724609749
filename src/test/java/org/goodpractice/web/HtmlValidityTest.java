package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page type the server renders passes the Nu HTML Checker (run in-process) without errors. */
class HtmlValidityTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final HtmlChecker CHECKER = new HtmlChecker();

    private static TestServer site;

    @BeforeAll
    static void start() {
        site = TestServer.start(TestData.resource("web/hostile-annex.txt"));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static List<String> pages() {
        return SitePages.ALL;
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("pages")
    void pageIsValidHtml(String path) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(site.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(SitePages.status(path), page.statusCode(), path);
        assertValid(path, page.body());
    }

    @Test
    void theCheckerReportsInvalidHtml() throws Exception {
        List<String> errors = CHECKER.errors("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
                + "<body><main><main></main></main><img src=\"x.png\"></body></html>");
        assertTrue(errors.stream().anyMatch(e -> e.contains("alt")), String.join("\n", errors));
        assertTrue(errors.stream().anyMatch(e -> e.contains("main")), String.join("\n", errors));
    }

    @Test
    void errorPageIsValidHtml() throws Exception {
        assertValid("error page", new Pages().render("error", Map.of("title", "Something went wrong")));
    }

    private static void assertValid(String what, String html) throws Exception {
        List<String> errors = CHECKER.errors(html);
        assertTrue(errors.isEmpty(), () -> what + " is not valid HTML:\n" + String.join("\n", errors));
    }
}

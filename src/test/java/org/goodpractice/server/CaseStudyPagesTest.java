package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.goodpractice.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Case studies from data/article as web visitors see them, and beside the practices they relate to. */
class CaseStudyPagesTest {
    private static final String SLUG = "smart-specialisation-and-building-links-with-smes";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(String path) throws Exception {
        HttpResponse<byte[]> response = server.get(path, "text/html");
        assertEquals(200, response.statusCode(), path);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void caseStudyPageShowsTheArticleItsAuthorsFactsAndRelatedPractices() throws Exception {
        String html = page("article/" + SLUG);
        for (String expected : List.of("‘Smart specialisation’ and building links with SMEs", "Dr Phil Tomlinson",
                "Senior Lecturer (Associate Professor) in Business Economics", "School of Management",
                "Industrial strategy, after its long hiatus", "107 responses", "9.7 per cent",
                "British Leyland", "Entrepreneurship and SMEs", "SMEs ×", "href=\"/practice/0557C2\"",
                "shared topic: Science parks and incubators", "Inside IAAPS at the Bristol &amp; Bath Science Park.")) {
            assertTrue(html.contains(expected), "case-study page lacks " + expected);
        }
        assertTrue(!html.contains("Write a response") && !html.contains("publish this"));
    }

    @Test
    void relatedPracticePageListsTheCaseStudyWithTheReasons() throws Exception {
        String html = page("practice/0557C2");
        assertTrue(html.contains("Related case studies"));
        String related = html.substring(html.indexOf("Related case studies"));
        assertTrue(related.contains("href=\"/article/" + SLUG + "\""), related);
        for (String reason : List.of("shared topic: Science parks and incubators", "shared country: United Kingdom")) {
            assertTrue(related.contains(reason), "the related case study is listed without the reason " + reason + ": " + related);
        }
    }

    @Test
    void caseStudyIriDereferencesToItsPage() throws Exception {
        HttpResponse<byte[]> response = server.get("id/article/" + SLUG, "text/html");
        assertEquals(303, response.statusCode());
        assertEquals(server.base() + "article/" + SLUG, response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void unknownCaseStudyIsNotFound() throws Exception {
        assertEquals(404, server.get("article/no-such-article", "text/html").statusCode());
    }
}

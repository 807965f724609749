package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Practice pages name the programme of every record, and show what an Interreg Europe practice adds. */
class InterregEuropePageTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestData.interregEuropeData().resolve("sme-vouchers-ljubljana.txt"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anInterregEuropePracticeShowsItsProgrammeTopicMonthAndTheExpertApart() throws Exception {
        String body = page("practice/innovation-vouchers-for-micro-enterprises-in-the-ljubljana");
        assertTrue(body.contains("<dt>Programme</dt><dd class=\"programme\"><a href=\"/search?programme&#x3D;interreg-europe\">Interreg Europe</a></dd>"), body);
        assertTrue(body.contains("SME competitiveness"), "the topic");
        assertTrue(body.contains("<time datetime=\"2017-03\">2017-03</time>"), "month precision stays a month");
        assertTrue(body.contains("<h2 id=\"expert-opinion\">Expert opinion</h2>")
                && body.contains("not the owner's words") && body.contains("well-targeted, low-threshold instrument"));
        assertTrue(body.contains("Good practice owner: Ljubljana Urban Region Development Agency"));
        assertTrue(body.contains("Identified by the project SME Power."));
        assertTrue(body.contains("EUR 450,000"), "the money amount of the resources is an indicator");
    }

    @Test
    void anAnnexShowsTheInterregIvcProgrammeLine() throws Exception {
        String body = page("practice/0557C2");
        assertTrue(body.contains("<dd class=\"programme\"><a href=\"/search?programme&#x3D;interreg-ivc\">Interreg IVC</a></dd>"), body);
    }

    private static String page(String path) throws Exception {
        HttpResponse<byte[]> response = server.get(path, "text/html");
        assertEquals(200, response.statusCode());
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}

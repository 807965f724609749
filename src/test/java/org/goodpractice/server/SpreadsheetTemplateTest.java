package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spreadsheet template downloads from the site, imports as it is, and the rows of a spreadsheet get pages. */
class SpreadsheetTemplateTest {
    private static TestServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestData.sampleData().resolve("spreadsheet/partners.csv"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theTemplateDownloadsAsTheCsvTheImporterReadsAndImports() throws Exception {
        HttpResponse<byte[]> response = server.get("template/practices.csv", "*/*");

        assertEquals(200, response.statusCode());
        assertEquals("text/csv; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("filename=\"practices.csv\""));
        try (InputStream in = getClass().getResourceAsStream("/spreadsheet/practices.csv")) {
            assertArrayEquals(in.readAllBytes(), response.body());
        }
        Path downloaded = Files.write(dir.resolve("practices.csv"), response.body());
        ImportOutcome.Imported imported = assertInstanceOf(ImportOutcome.Imported.class,
                new Importer(server.store(), server.base()).importFiles(List.of(downloaded), o -> { }).get(0));
        assertEquals("1", imported.id(), "the example row imports as it stands");
        assertEquals(200, server.get("practice/1", "text/html").statusCode());
    }

    @Test
    void theDatasetPageLinksTheTemplate() throws Exception {
        String page = new String(server.get("dataset", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("href=\"/template/practices.csv\""), page);
    }

    @Test
    void everyRowOfAnImportedSpreadsheetHasItsPracticePage() throws Exception {
        for (String id : List.of("smart-ticketing-for-commuters-in-tampere", "energy-advice-for-small-firms-in-graz",
                "business-incubator-for-university-spin-offs-in-gdansk", "citrus-waste-to-biogas-in-valencia")) {
            String page = new String(server.get("practice/" + id, "text/html").body(), StandardCharsets.UTF_8);
            assertTrue(page.contains("<h1"), id);
        }
        String graz = new String(server.get("practice/energy-advice-for-small-firms-in-graz", "text/html").body(),
                StandardCharsets.UTF_8);
        assertTrue(graz.contains("Energy advice for small firms in Graz") && graz.contains("Graz"), graz);
    }
}

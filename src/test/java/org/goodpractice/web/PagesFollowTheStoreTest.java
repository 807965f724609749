package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.server.GoodPracticeServer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cached page parts and search results never outlive the store content they came from. */
class PagesFollowTheStoreTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void aReimportedPracticeShowsItsNewTextOnItsPageAndInSearch() throws Exception {
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE)) {
            GoodPracticeServer server = GoodPracticeServer.create().store(store).baseUri(TestData.BASE).port(0).build().start();
            try {
                String before = get(server, "practice/0412C1");
                assertTrue(before.contains("Tremplin Innovation Lyon"));
                assertTrue(get(server, "search?q=incubator").contains("href=\"/practice/0412C1\""));

                Path changed = Files.writeString(dir.resolve("0412C1.txt"), Files.readString(Path.of("data/annex/0412C1.txt"))
                        .replace("Tremplin Innovation Lyon: public business incubator", "Tremplin Innovation Lyon: public zeppelin hangar")
                        .replace("incubator", "hangar"));
                assertInstanceOf(ImportOutcome.Imported.class, new Importer(store, TestData.BASE).importFile(changed));

                String after = get(server, "practice/0412C1");
                assertTrue(after.contains("public zeppelin hangar"), "the page shows the new title");
                assertFalse(get(server, "search?q=lyon").contains("public business incubator"), "results show the new title");
                assertTrue(get(server, "search?q=zeppelin").contains("href=\"/practice/0412C1\""));
            } finally {
                server.stop();
            }
        }
    }

    private static String get(GoodPracticeServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/" + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}

package org.goodpractice.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.apache.jena.vocabulary.DCTerms;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SPARQL Update at the admin endpoint that changes a practice's record graph is kept as a version of it. */
class AdminHistoryTest {
    private static final String PASSWORD = "admin-history-password";

    @TempDir
    Path dir;

    @Test
    void anAdminUpdateOfARecordGraphIsANewVersionAndOneElsewhereIsNone() throws Exception {
        Path passwordFile = Files.writeString(dir.resolve("admin-password"), PASSWORD + "\n");
        try (TdbHistory history = TdbHistory.inMemory();
             TestServer site = TestServer.start(b -> b.adminPasswordFile(passwordFile).history(history))) {
            String practice = site.base() + "id/practice/0557C2";
            String graph = site.base() + "graph/practice/0557C2";
            HttpResponse<String> retitled = update(site, "DELETE { GRAPH <" + graph + "> { <" + practice + "> <" + DCTerms.title + "> ?t } } "
                    + "INSERT { GRAPH <" + graph + "> { <" + practice + "> <" + DCTerms.title + "> \"Retitled by the admin\"@en } } "
                    + "WHERE { GRAPH <" + graph + "> { <" + practice + "> <" + DCTerms.title + "> ?t } }");
            assertEquals(204, retitled.statusCode(), retitled.body());
            List<History.Version> versions = history.versions(practice);
            assertEquals(1, versions.size());
            assertEquals("admin endpoint", versions.get(0).change().who());
            assertTrue(history.content(practice, 1).orElseThrow().contains(null, DCTerms.title, "Retitled by the admin", "en"));
            assertEquals(204, update(site, "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> "
                    + "<http://example.org/p> \"x\" } }").statusCode());
            assertEquals(1, history.versions(practice).size(), "a write elsewhere makes no version");
        }
    }

    private static HttpResponse<String> update(TestServer site, String update) throws Exception {
        return TestServer.HTTP.send(HttpRequest.newBuilder(URI.create(site.url("admin/update")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

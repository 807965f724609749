package org.goodpractice.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.goodpractice.TestServer;
import org.goodpractice.curation.Accounts;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.TdbAccountStore;
import org.goodpractice.history.History;
import org.goodpractice.history.TdbHistory;
import org.goodpractice.ingest.Importer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only an admin, with the form's CSRF token, reverts a practice to an earlier version, and the revert is a new version. */
class RevertTest {
    private static final String PASSWORD = "a-long-enough-password";
    private static final String OLD_TITLE = "Yarrowfield vouchers before the change";
    private static final String NEW_TITLE = "Yarrowfield vouchers after the change";

    @TempDir
    static Path dir;
    private static TdbAccountStore accounts;
    private static TdbHistory history;
    private static TestServer site;
    private static String record;

    @BeforeAll
    static void start() throws Exception {
        accounts = TdbAccountStore.inMemory();
        new Accounts(accounts).add("ada", Role.ADMIN, PASSWORD, false);
        new Accounts(accounts).add("rita", Role.REVIEWER, PASSWORD, false);
        history = TdbHistory.inMemory();
        site = TestServer.start(builder -> builder.accounts(accounts).history(history));
        record = site.base() + "id/practice/9902H1";
        String annex = Files.readString(Path.of("data/annex/0298C1.txt")).replace("Index: 0298C1", "Index: 9902H1");
        String body = annex.substring(annex.indexOf('\n'));
        Path file = dir.resolve("9902H1.txt");
        Importer importer = new Importer(site.store(), site.base()).history(history);
        importer.importFile(Files.writeString(file, OLD_TITLE + body));
        importer.importFile(Files.writeString(file, NEW_TITLE + body));
    }

    @AfterAll
    static void stop() {
        site.close();
        history.close();
        accounts.close();
    }

    private static Client signedIn(String name) throws Exception {
        Client client = new Client(site);
        assertEquals(303, client.login(name, PASSWORD).statusCode());
        return client;
    }

    @Test
    void onlyAnAdminWithTheTokenReverts() throws Exception {
        Client anonymous = new Client(site);
        anonymous.get("login");
        assertEquals(403, anonymous.post("practice/9902H1/revert/1", Map.of()).statusCode(), "no token");
        assertEquals(401, anonymous.post("practice/9902H1/revert/1", anonymous.form()).statusCode(), "not signed in");
        Client rita = signedIn("rita");
        assertFalse(rita.get("practice/9902H1/history").body().contains("Revert to version"), "no revert form for a reviewer");
        assertEquals(403, rita.post("practice/9902H1/revert/1", rita.form()).statusCode());
        Client ada = signedIn("ada");
        String page = ada.get("practice/9902H1/history").body();
        assertTrue(page.contains("action=\"/practice/9902H1/revert/1\"") && !page.contains("revert/2\""), page);
        assertEquals(403, ada.post("practice/9902H1/revert/1", Map.of("csrf", "forged")).statusCode());
        assertEquals(2, history.versions(record).size(), "nothing written by a refused revert");

        assertEquals(404, ada.post("practice/9902H1/revert/9", ada.form()).statusCode());
        assertEquals(303, ada.post("practice/9902H1/revert/1", ada.form()).statusCode());
        List<History.Version> versions = history.versions(record);
        assertEquals(3, versions.size());
        assertEquals(new History.Change("ada", "revert to version 1", versions.get(0).change().when()), versions.get(0).change());
        String current = new Client(site).get("practice/9902H1").body();
        assertTrue(current.contains(OLD_TITLE) && !current.contains(NEW_TITLE), current);
        String diff = new Client(site).get("practice/9902H1/diff/3").body();
        assertTrue(diff.contains("<del>" + NEW_TITLE + "</del>") && diff.contains("<ins>" + OLD_TITLE + "</ins>"), diff);
    }
}

package org.goodpractice.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.QueryFactory;
import org.goodpractice.TestServer;
import org.goodpractice.curation.Accounts;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.TdbAccountStore;
import org.goodpractice.history.TdbHistory;
import org.goodpractice.ingest.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revert brings what derives from the record in line with the version written back, as an import
 * does: its search entry, its links to case studies and the gazetteer's cities.
 */
class RevertDerivedStateTest {
    private static final String PASSWORD = "a-long-enough-password";
    /** Version 1: a copy of the Milan water practice, which the Milan water case study links to. */
    private static final String WATER = "Quorvane leak detection in the Milan water network";
    /** Version 2: the same practice rewritten as SME vouchers in Tilburg, a city no other record names. */
    private static final String VOUCHERS = "Zintherby vouchers for SME cooperation";

    @TempDir
    Path dir;

    @Test
    void aRevertUpdatesSearchLinksAndGazetteerForTheRecordWrittenBack() throws Exception {
        try (TdbAccountStore accounts = TdbAccountStore.inMemory(); TdbHistory history = TdbHistory.inMemory();
             TestServer site = TestServer.start(builder -> builder.accounts(accounts).history(history))) {
            new Accounts(accounts).add("ada", Role.ADMIN, PASSWORD, false);
            Importer importer = new Importer(site.store(), site.base()).history(history);
            Path file = dir.resolve("9904H1.txt");
            String water = Files.readString(Path.of("data/annex/0913R2.txt")).replace("0913R2", "9904H1");
            importer.importFile(Files.writeString(file, WATER + water.substring(water.indexOf('\n'))));
            String practice = site.base() + "id/practice/9904H1";
            assertTrue(linkedToTheWaterCaseStudy(site, practice), "version 1 is linked to the Milan case study");

            String vouchers = Files.readString(Path.of("data/annex/0298C1.txt")).replace("0298C1", "9904H1")
                    .replace("Eindhoven", "Tilburg");
            importer.importFile(Files.writeString(file, VOUCHERS + vouchers.substring(vouchers.indexOf('\n'))));
            assertFalse(linkedToTheWaterCaseStudy(site, practice), "version 2 shares nothing with it");
            assertTrue(inGazetteer(site, "Tilburg"), "version 2 names Tilburg");
            assertTrue(search(site, "Zintherby").contains("/practice/9904H1\""));

            Client ada = new Client(site);
            assertEquals(303, ada.login("ada", PASSWORD).statusCode());
            assertEquals(303, ada.post("practice/9904H1/revert/1", ada.form()).statusCode());

            assertTrue(linkedToTheWaterCaseStudy(site, practice), "the links follow the version written back");
            assertFalse(inGazetteer(site, "Tilburg"), "a city no record names any more leaves the gazetteer graph");
            assertTrue(search(site, "Quorvane").contains("/practice/9904H1\""), "search finds the version written back");
            assertFalse(search(site, "Zintherby").contains("/practice/9904H1\""), "and no longer the one replaced");
        }
    }

    private static boolean linkedToTheWaterCaseStudy(TestServer site, String practice) {
        return site.store().ask(QueryFactory.create("ASK { GRAPH <" + site.base() + "graph/links> { "
                + "?caseStudy <http://purl.org/dc/terms/relation> <" + practice + "> } "
                + "FILTER (CONTAINS(STR(?caseStudy), \"/id/article/cutting-water-losses\")) }"));
    }

    private static boolean inGazetteer(TestServer site, String city) {
        return site.store().ask(QueryFactory.create("ASK { GRAPH <" + site.base() + "graph/gazetteer> { ?c ?p \"" + city + "\" } }"));
    }

    private static String search(TestServer site, String words) throws Exception {
        return new Client(site).get("search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).body();
    }
}

package org.goodpractice.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFDataMgr;
import org.goodpractice.TestData;
import org.goodpractice.catalog.PracticeCatalog;
import org.goodpractice.catalog.PracticeView;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaOrgTest {
    private static final String HOSTILE_TITLE = "</script><script>alert(1)</script> <!-- & -->";

    @TempDir
    Path dir;

    @Test
    void theJsonLdReadAsRdfIsTheExpectedSchemaOrgGraph() {
        try (TdbStore store = TdbStore.inMemory()) {
            new Importer(store, TestData.BASE).importFiles(List.of(TestData.sampleData().resolve("annex/0557C2.txt")), o -> { });
            String json = schemaOrg(store, "0557C2");

            Model actual = RDFParser.fromString(json, Lang.JSONLD).toModel();
            Model expected = RDFDataMgr.loadModel(TestData.resource("linkeddata/schema-org-0557C2.ttl").toString());
            assertTrue(expected.isIsomorphicWith(actual), json);
        }
    }

    @Test
    void recordTextCannotEndTheScriptElementAndSurvivesIntact() throws Exception {
        Path record = Files.writeString(dir.resolve("hostile.txt"), Files.readString(TestData.resource("ingest/bad/valid.txt"))
                .replace("Valid title", HOSTILE_TITLE).replace("Text.", "Text with \"quotes\" and \\ backslash </SCRIPT >."));
        try (TdbStore store = TdbStore.inMemory()) {
            ImportOutcome outcome = new Importer(store, TestData.BASE).importFile(record);
            assertTrue(outcome instanceof ImportOutcome.Imported, outcome.toString());
            String json = schemaOrg(store, "0001A1");
            assertFalse(json.contains("<"), json);
            assertFalse(json.contains(">"), json);
            JsonObject parsed = Json.createReader(new StringReader(json)).readObject();
            assertEquals(HOSTILE_TITLE, parsed.getString("name"));
            assertTrue(parsed.getString("description").contains("\"quotes\" and \\ backslash </SCRIPT >."));
            assertEquals("CreativeWork", parsed.getString("@type"));
        }
    }

    private static String schemaOrg(TdbStore store, String id) {
        PracticeView practice = new PracticeCatalog(store, TestData.BASE).practice(id).orElseThrow();
        return new SchemaOrg(TestData.BASE).practice(practice, TestData.BASE + "practice/" + id);
    }
}

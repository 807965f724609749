package org.goodpractice.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.goodpractice.TestData;
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
    void recordTextCannotEndTheScriptElementAndSurvivesIntact() throws Exception {
        Path record = Files.writeString(dir.resolve("hostile.txt"), Files.readString(TestData.resource("ingest/bad/valid.txt"))
                .replace("Valid title", HOSTILE_TITLE).replace("Text.", "Text with \"quotes\" and \\ backslash </SCRIPT >."));
        try (TdbStore store = TdbStore.inMemory()) {
            ImportOutcome outcome = new Importer(store, TestData.BASE).importFile(record);
            assertTrue(outcome instanceof ImportOutcome.Imported, outcome.toString());
            String json = new SchemaOrg(store, TestData.BASE)
                    .practice(TestData.BASE + "id/practice/0001A1", TestData.BASE + "practice/0001A1").orElseThrow();
            assertFalse(json.contains("<"), json);
            assertFalse(json.contains(">"), json);
            JsonObject parsed = Json.createReader(new StringReader(json)).readObject();
            assertEquals(HOSTILE_TITLE, parsed.getString("name"));
            assertTrue(parsed.getString("description").contains("\"quotes\" and \\ backslash </SCRIPT >."));
            assertEquals("CreativeWork", parsed.getString("@type"));
        }
    }

    @Test
    void thereIsNoJsonForAPracticeTheStoreDoesNotHold() {
        try (TdbStore store = TdbStore.inMemory()) {
            assertTrue(new SchemaOrg(store, TestData.BASE).practice(TestData.BASE + "id/practice/NOPE", TestData.BASE).isEmpty());
        }
    }
}

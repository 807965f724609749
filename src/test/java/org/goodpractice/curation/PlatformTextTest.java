package org.goodpractice.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.goodpractice.ingest.RecordChecker;
import org.junit.jupiter.api.Test;

/** The form's fields written as a platform practice, compared with the fixture beside this test's resources. */
class PlatformTextTest {
    private static final Path FIXTURE = Path.of("src/test/resources/curation/submission.txt");

    @Test
    void theFormIsWrittenAsTheTemplateOrdersItWithLineBreaksOfOneLineFieldsJoined() throws Exception {
        Map<String, String> fields = new java.util.LinkedHashMap<>(WorkflowTest.fields());
        fields.put("ownerContact", "Ana Novak\r\nana@example.org");
        fields.put("topics", "Greener Europe\nSmarter Europe");
        fields.put("expert", "Convincing.");
        PlatformText.Written written = PlatformText.write(fields);
        assertEquals(Files.readAllLines(FIXTURE), written.lines());
        assertEquals("Rainwater tanks for schools in Ljubljana",
                new RecordChecker("http://example.org/").kind(Workflow.KIND).check(FIXTURE).title(), "the fixture imports");
        assertEquals("ownerContact", written.lineFields().get(written.lines().indexOf("Contact: Ana Novak ana@example.org") + 1));
    }
}

package org.goodpractice.ingest.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README shows the template as the site serves it, so the two never drift apart. */
class TemplateInReadmeTest {
    @Test
    void theReadmeShowsTheTemplateWordForWord() throws Exception {
        String template;
        try (InputStream in = TemplateInReadmeTest.class.getResourceAsStream("/spreadsheet/practices.csv")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("```\n" + template + "```\n"), "README.md must show src/main/resources/spreadsheet/practices.csv");
    }
}

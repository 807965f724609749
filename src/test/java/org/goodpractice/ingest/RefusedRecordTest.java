package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Records that are contradictory, truncated, carry control characters, run too long or match no
 * format ({@code ingest/refused/}, expectations in its {@code expected.tsv}) are refused by
 * {@code import} and {@code validate} alike, with one readable line naming file, line and field,
 * and write nothing.
 */
class RefusedRecordTest {
    record Case(String file, int line, String field, String problem) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> cases() throws IOException {
        return Files.readAllLines(TestData.resource("ingest/refused/expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(c -> new Case(c[0], Integer.parseInt(c[1]), c[2].equals("-") ? null : c[2], c[3]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedByImportAndValidateAlikeWithOneReadableLineAndNothingWritten(Case c) {
        Path file = TestData.resource("ingest/refused/" + c.file());
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, TestData.BASE);
            importer.importFiles(List.of(TestData.resource("ingest/bad/valid.txt")), o -> { });
            List<String> before = TestData.snapshot(store);

            RecordException error = assertInstanceOf(Failed.class, importer.importFile(file)).error();

            assertEquals(c.field(), error.field(), error.getMessage());
            assertEquals(c.line(), error.line(), error.getMessage());
            assertTrue(error.problem().contains(c.problem()), error.problem());
            assertTrue(error.getMessage().startsWith(file + (c.line() > 0 ? ":" + c.line() : "") + ": "), error.getMessage());
            assertFalse(error.getMessage().chars().anyMatch(ch -> ch < 0x20), "no control character reaches the terminal");
            assertTrue(error.getMessage().length() < file.toString().length() + 300, "one readable line: " + error.getMessage());
            assertEquals(before, TestData.snapshot(store), "a refused record must not change the store");

            RecordException checked = assertThrows(RecordException.class, () -> new RecordChecker(TestData.BASE).check(file));
            assertEquals(error.getMessage(), checked.getMessage(), "validate says what import says");
        }
    }
}

package org.goodpractice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Only the store package knows the store is TDB2: pages, search, catalog and linked data go through SparqlStore. */
class NoTdb2InternalsTest {
    @Test
    void noSourceOutsideTheStoreImportsTdb2() throws IOException {
        Path root = Path.of("src/main/java/org/goodpractice");
        List<String> offenders;
        try (Stream<Path> files = Stream.of("web", "search", "catalog", "linkeddata").map(root::resolve)
                .flatMap(NoTdb2InternalsTest::walk)) {
            offenders = files.filter(f -> read(f).contains("org.apache.jena.tdb2")).map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir).filter(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}

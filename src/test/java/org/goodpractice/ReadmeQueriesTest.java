package org.goodpractice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every SPARQL example in the README runs against the sample data and gives the answer it promises. */
class ReadmeQueriesTest {
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- answer contains: (.*?) -->\\s*```sparql\\n(.*?)```", Pattern.DOTALL);
    private static final String README_BASE = "http://localhost:8080/";

    private static TdbStore store;

    record Example(String query, List<String> expectedLines) {
        @Override
        public String toString() {
            return query.lines().filter(l -> l.startsWith("SELECT")).findFirst().orElse(query);
        }
    }

    @BeforeAll
    static void load() {
        store = TestData.storeWithSampleData(README_BASE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Example> examples() throws IOException {
        Matcher m = EXAMPLE.matcher(Files.readString(Path.of("README.md")));
        List<Example> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(new Example(m.group(2), List.of(m.group(1).split(";\\s*"))));
        }
        assertTrue(examples.size() >= 3, "README should have at least three checked SPARQL examples");
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readmeQueryGivesTheAnswerItPromises(Example example) {
        String csv = store.select(QueryFactory.create(example.query()), rs -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsCSV(out, rs);
            return out.toString(StandardCharsets.UTF_8);
        });
        List<String> lines = csv.lines().map(l -> l.replace("\"", "")).toList();
        for (String expected : example.expectedLines()) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(expected)),
                    () -> "expected a result row \"" + expected + "\" in\n" + csv);
        }
    }
}

package org.goodpractice.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.goodpractice.TestData;
import org.goodpractice.sparql.ExampleQueries.Example;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example query offered on the query page runs on the sample data and gives the answer its title promises. */
class ExampleQueriesTest {
    private static final Map<String, List<String>> EXPECTED = ExampleAnswers.EXPECTED;
    private static final Map<String, List<String>> UNEXPECTED = ExampleAnswers.UNEXPECTED;

    private static TdbStore store;

    @BeforeAll
    static void load() {
        store = TestData.storeWithSampleData(TestData.BASE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Example> examples() {
        return ExampleQueries.load().all().stream();
    }

    @Test
    void everyExampleFileIsListedAndChecked() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/examples"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toSet());
        }
        Set<String> listed = examples().map(Example::name).collect(Collectors.toSet());
        assertEquals(files, listed, "examples/index.txt and the .rq files differ");
        assertEquals(listed, EXPECTED.keySet(), "every example needs an expected answer in this test");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleGivesTheAnswerItPromises(Example example) {
        assertFalse(example.description().isBlank(), "example " + example.name() + " has no description");
        List<String> answer = answer(QueryFactory.create(example.text()));
        assertFalse(answer.isEmpty(), "example " + example.name() + " returned nothing");
        for (String expected : EXPECTED.get(example.name())) {
            assertTrue(answer.contains(expected), () -> "expected \"" + expected + "\" among\n" + String.join("\n", answer));
        }
        for (String unexpected : UNEXPECTED.getOrDefault(example.name(), List.of())) {
            assertTrue(answer.stream().noneMatch(line -> line.contains(unexpected)),
                    () -> "did not expect " + unexpected + " among\n" + String.join("\n", answer));
        }
    }

    /** SELECT rows as unquoted CSV lines, or a graph as N-Triples lines, without the header. */
    private static List<String> answer(Query query) {
        if (query.isConstructType()) {
            Model model = store.construct(query);
            StringWriter out = new StringWriter();
            RDFDataMgr.write(out, model, Lang.NTRIPLES);
            return out.toString().lines().toList();
        }
        String csv = store.select(query, rs -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsCSV(out, rs);
            return out.toString(StandardCharsets.UTF_8);
        });
        return csv.lines().skip(1).map(l -> l.replace("\"", "")).toList();
    }
}

package org.goodpractice.sparql;

import static java.util.Map.entry;
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
    /** Per example, result rows (CSV without quotes) or N-Triples lines that must be among its answers. */
    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            entry("practices-per-priority", List.of(
                    "Innovation and the knowledge economy,6", "Environment and risk prevention,6")),
            entry("practices-per-sub-theme", List.of(
                    "Innovation and the knowledge economy,Innovation, research and technology development,3",
                    "Environment and risk prevention,Water management,1")),
            entry("practices-per-country", List.of(
                    "http://publications.europa.eu/resource/authority/country/GBR,United Kingdom,1",
                    "http://publications.europa.eu/resource/authority/country/NOR,Norway,1")),
            entry("practice-places", List.of(
                    "0913R2,Milan,45.46427,9.18951,ITC4C,Milano,Italy",
                    "0557C2,Birmingham,52.48142,-1.89983,UKG31,Birmingham,United Kingdom")),
            entry("evidence-numbers", List.of("0913R2,1850,hidden leaks,Over five years 1,850 hidden leaks were found and repaired, "
                    + "and non-revenue water fell from 24 per cent to 15 per cent of the volume supplied.")),
            entry("running-in-2012", List.of(
                    "0977R2,Separate collection and composting of bio-waste in Brno housing estates,2009-04-01,2012-03-31",
                    "1003R4,Mobility points linking public transport, car-sharing and bicycles in Munich,2009-06-01,")),
            entry("completed-practices-duration", List.of(
                    "0412C1,Tremplin Innovation Lyon: public business incubator for research-based start-ups,"
                            + "2001-03-15,2012-12-31,11")),
            entry("description-mentions-water", List.of(
                    "0913R2,Acoustic leak detection and district metering in the Milan water network")),
            entry("topics", List.of("leak detection,0913R2", "local economic development,0557C2")),
            entry("contacts", List.of("0557C2,Birmingham Science Park Aston,Hugo Russell,Birmingham Science Park Aston (BSPA)")),
            entry("record-graphs", List.of(TestData.BASE + "graph/practice/0557C2,0557C2,Birmingham Science Park Aston")),
            entry("one-practice-as-rdf", List.of("<" + TestData.BASE + "id/practice/0913R2> <http://purl.org/dc/terms/title> "
                    + "\"Acoustic leak detection and district metering in the Milan water network\"@en .")));
    /** Answers that would mean a filter in the query is not doing its job. */
    private static final Map<String, List<String>> UNEXPECTED = Map.of(
            "running-in-2012", List.of("0805C2", "0851R1", "0913R2"),
            "description-mentions-water", List.of("0557C2"));

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

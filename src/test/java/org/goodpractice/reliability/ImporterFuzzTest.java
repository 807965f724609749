package org.goodpractice.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.RecordChecker;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based fuzzing of the importers with a seeded generator (reproducible: the seed and the
 * case number name each test). Record fixtures are mutated (lines dropped, doubled, swapped or
 * cut; control characters, other scripts, punctuation and long runs inserted) and for every file:
 * no exception but a refusal escapes, a refusal names the file in one clean line, {@code validate}
 * and {@code import} agree, a refused record is absent from the store, and an accepted one
 * round-trips through RDF/XML, Turtle and JSON-LD.
 */
@Timeout(60)
class ImporterFuzzTest {
    private static final long SEED = 20261202L;
    private static final int CASES = 120;
    private static final List<String> FIXTURES = List.of("ingest/bad/valid.txt", "ingest/annex/bspa/input.txt",
            "ingest/annex/crlf-end-date-no-contact/input.txt", "ingest/article/no-bio/input.txt",
            "ingest/article/three-authors/input.txt");
    private static final List<String> INSERTS = List.of("\u001B[31m", "\u0007", "\u0000", "\t", "Καινοτομία", "Иновации",
            "中文", "‘’“”", ":;,.!?", "over 500 companies and 5000 jobs", "EUR 1.2 million", "Index: 9999Z9",
            "Annex completed on: 31-02-2011", "Posted in: A, B", "Start: 01-01-2050", "End: 01-01-1900", "(IAAPS)",
            "Priority:3: x", "Location", "9".repeat(400), "Aa ".repeat(500), "\uFFFF", "\uD83D\uDE00", "  ");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyGeneratedFileIsImportedOrRefusedCleanly() throws IOException {
        Random random = new Random(SEED);
        List<String> texts = FIXTURES.stream().map(ImporterFuzzTest::read).toList();
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            String text = mutate(ownIds(texts.get(random.nextInt(texts.size())), n), random);
            files.add(Files.writeString(dir.resolve("case-" + n + ".txt"), text));
        }
        RecordChecker checker = new RecordChecker(TestData.BASE);
        List<ImportOutcome> outcomes;
        List<String> stored;
        // One run for all files, as a user imports a directory: the derived graphs are rebuilt once.
        try (TdbStore store = TdbStore.inMemory()) {
            outcomes = new Importer(store, TestData.BASE).importFiles(files, o -> { });
            stored = TestData.snapshot(store);
        }
        return IntStream.range(0, CASES).mapToObj(n -> DynamicTest.dynamicTest("seed " + SEED + " case " + n,
                () -> check(checker, files.get(n), outcomes.get(n), stored)));
    }

    /** The fixture with an Index and a headline of case {@code n}'s own, so that the cases of one run never collide. */
    private static String ownIds(String text, int n) {
        String own = text.replaceAll("(?m)^Index: .*$", "Index: F" + n);
        return own.contains("Index: F" + n) ? own : own.replaceFirst("^(\\S[^\n]*)", "$1 (case " + n + ")");
    }

    private static void check(RecordChecker checker, Path file, ImportOutcome outcome, List<String> stored) {
        RecordChecker.Checked valid = null;
        RecordException invalid = null;
        try {
            valid = checker.check(file);
        } catch (RecordException e) {
            invalid = e;
        }
        if (invalid != null) {
            RecordException refused = assertInstanceOf(Failed.class, outcome, "validate refused it").error();
            assertEquals(invalid.getMessage(), refused.getMessage(), "validate and import say the same");
            assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
            assertTrue(refused.field() == null || refused.getMessage().contains(": " + refused.field() + ": "),
                    "the message names the field: " + refused.getMessage());
            assertFalse(refused.getMessage().chars().anyMatch(c -> c < 0x20), "no control character in " + refused.getMessage());
            assertTrue(stored.stream().noneMatch(q -> q.contains("\"" + file.getFileName() + "\"")),
                    "nothing of a refused record is stored");
        } else {
            Imported imported = assertInstanceOf(Imported.class, outcome, "validate accepted it");
            assertEquals(valid.id(), imported.id());
            assertTrue(stored.stream().anyMatch(q -> q.contains("\"" + file.getFileName() + "\"")), "the record is stored");
            roundTrips(valid.model());
        }
    }

    private static void roundTrips(Model model) {
        for (Lang lang : List.of(Lang.RDFXML, Lang.TURTLE, Lang.JSONLD)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, model, lang);
            Model back = ModelFactory.createDefaultModel();
            RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), lang);
            assertTrue(back.isIsomorphicWith(model), "the record round-trips through " + lang.getName());
        }
    }

    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> lines = new ArrayList<>(lines.subList(0, Math.max(1, at)));
                case 3 -> lines.set(at, insert(lines.get(at), INSERTS.get(random.nextInt(INSERTS.size())), random));
                case 4 -> lines.add(at, INSERTS.get(random.nextInt(INSERTS.size())));
                default -> lines.set(at, lines.get(random.nextInt(lines.size())));
            }
        }
        return String.join("\n", lines);
    }

    private static String insert(String line, String text, Random random) {
        int at = random.nextInt(line.length() + 1);
        if (at > 0 && at < line.length() && Character.isHighSurrogate(line.charAt(at - 1))) {
            at--;
        }
        return line.substring(0, at) + text + line.substring(at);
    }

    private static String read(String resource) {
        try {
            return Files.readString(TestData.resource(resource), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

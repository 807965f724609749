package org.goodpractice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What {@code import} prints for many files: periodic plain lines off a terminal, warnings counted per kind. */
class ImportProgressTest {
    private static final int REGIONS = 12;
    private static final int COUNTRIES = 8;
    private static final Pattern PROGRESS = Pattern.compile("\\[\\d+/20\\] \\d+%, \\d+ files/s, (about \\d+ s|nothing) left");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path records;

    /** Twelve records in a region the gazetteer does not know, eight in a country it does not know. */
    @BeforeEach
    void records() throws IOException {
        String annex = Files.readString(TestData.resource("ingest/annex/unknown-region/input.txt"));
        records = Files.createDirectories(dir.resolve("records"));
        for (int n = 0; n < REGIONS + COUNTRIES; n++) {
            String location = n < REGIONS ? "FRANCE ATLANTIS" + n + " Paris" : "UTOPIA" + n + " Town";
            Files.writeString(records.resolve(String.format("r%02d.txt", n)), annex.replace("0002A1", String.format("W%04d", n))
                    .replace("FRANCE ATLANTIS Paris", location));
        }
    }

    @Test
    void warningsAreCountedPerKindWithTheFirstFewExamples() {
        assertEquals(0, run());
        List<String> lines = err.toString().lines().toList();
        int regions = lines.indexOf("  " + REGIONS + " × Location: region");
        assertTrue(regions >= 0, err.toString());
        assertTrue(lines.contains("  " + COUNTRIES + " × Location: no known country at the start of"), err.toString());
        for (int i = 1; i <= ImportProgress.EXAMPLES; i++) {
            assertTrue(lines.get(regions + i).startsWith("    WARNING ") && lines.get(regions + i).contains("ATLANTIS"),
                    lines.get(regions + i));
        }
        assertFalse(lines.get(regions + ImportProgress.EXAMPLES + 1).contains("ATLANTIS"), "only the first few examples");
        assertEquals(ImportProgress.EXAMPLES, lines.stream().filter(l -> l.contains("region \"ATLANTIS")).count());
    }

    @Test
    void verboseListsEveryWarningAndEveryRecord() {
        assertEquals(0, run("--verbose"));
        assertEquals(REGIONS, err.toString().lines().filter(l -> l.contains("WARNING") && l.contains("region \"ATLANTIS")).count());
        assertEquals(REGIONS + COUNTRIES, out.toString().lines().filter(l -> l.contains("] imported W")).count());
        assertFalse(err.toString().contains(" × "), "no summary when every warning is listed");
    }

    @Test
    void offATerminalProgressIsPlainPeriodicLines() {
        assertEquals(0, run());
        long progress = out.toString().lines().filter(l -> PROGRESS.matcher(l).matches()).count();
        assertTrue(progress >= 10, "a line per tenth of the files:\n" + out);
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("[20/20] 100%")), out.toString());
        assertFalse(out.toString().lines().anyMatch(l -> l.contains("] imported ")), "no line per record");
        String all = out.toString() + err.toString();
        assertTrue(all.chars().noneMatch(c -> c < 0x20 && c != '\n'), "no control characters (escape, carriage return)");
    }

    private int run(String... options) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("import", "--store", dir.resolve("store").toString()));
        args.addAll(List.of(options));
        args.add(records.toString());
        return cli.execute(args.toArray(String[]::new));
    }

    @Test
    void theRowsOfASpreadsheetCountAsOneFile() {
        StringWriter rows = new StringWriter();
        ImportProgress progress = new ImportProgress(2, new PrintWriter(rows), new PrintWriter(rows), true, false);
        Path sheet = Path.of("partners.csv");
        for (String id : List.of("a", "b", "c")) {
            progress.report(new ImportOutcome.Imported(sheet, id, id, "graph/" + id, List.of()));
        }
        progress.report(new ImportOutcome.Imported(Path.of("annex.txt"), "d", "d", "graph/d", List.of()));

        assertEquals(3, rows.toString().lines().filter(l -> l.startsWith("[1/2] imported ")).count(), rows.toString());
        assertTrue(rows.toString().contains("[2/2] imported d \"d\" from annex.txt"), rows.toString());
    }
}

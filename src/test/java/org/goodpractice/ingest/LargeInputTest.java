package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.goodpractice.TestData;
import org.goodpractice.vocab.GP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit's large inputs, built from the {@code ingest/bad/valid.txt} fixture, answer at once
 * with a refusal that says which limit they pass (they used to run for minutes or hours). The
 * timeout only stops a regression from hanging the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LargeInputTest {
    @TempDir
    Path dir;

    private final RecordChecker checker = new RecordChecker(TestData.BASE);

    @Test
    void anEvidenceSectionWithFourThousandFiguresIsRefusedNamingTheCap() throws IOException {
        StringBuilder figures = new StringBuilder();
        for (int i = 1; i <= 4000; i++) {
            figures.append(i % 100 == 1 ? "We had" : "").append(' ').append(i).append(" companies,")
                    .append(i % 100 == 0 ? " in all.\n\n" : "");
        }
        Path file = withEvidence(figures.toString());

        RecordException e = assertThrows(RecordException.class, () -> checker.check(file));

        assertEquals("Evidence of success", e.field());
        assertTrue(e.problem().contains("states 4,000 numbers; a record is read with at most " + AnnexParser.MAX_INDICATORS),
                e.problem());
    }

    @Test
    void aLongLocationIsRefusedNamingItsLength() throws IOException {
        Path file = Files.writeString(dir.resolve("location.txt"), valid().replace("Location SPAIN ANDALUCÍA Sevilla",
                "Location SPAIN " + "ANDALUCÍA Sevilla ".repeat(60)));

        RecordException e = assertThrows(RecordException.class, () -> checker.check(file));

        assertEquals("Location", e.field());
        assertTrue(e.problem().contains("characters long; this field is at most " + AnnexParser.MAX_FIELD_CHARS), e.problem());
    }

    @Test
    void aHundredKilobyteLineIsRefusedNamingTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("location.txt"), valid().replace("Location SPAIN ANDALUCÍA Sevilla",
                "Location SPAIN " + "Sevilla ".repeat(12_800)));

        RecordException e = assertThrows(RecordException.class, () -> checker.check(file));

        assertEquals(8, e.line());
        assertTrue(e.problem().matches("line of 102,\\d{3} characters; a line of a record is at most 10,000"), e.problem());
    }

    @Test
    void aMegabyteOfEvidenceInParagraphsUnderTheLimitsIsReadInFull() throws IOException {
        String paragraph = ("Over 500 companies and 5000 jobs were created in the Birmingham Science Park Aston (BSPA) "
                + "with the Department for Business, Energy and Industrial Strategy. ").repeat(30);
        Path file = withEvidence((paragraph + "\n\n").repeat(3));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            big.append("Industrial strategy, after its long hiatus, is back on the policy agenda of the UK Government ".repeat(50))
                    .append("\n\n");
        }
        Path large = withEvidence(big.toString());
        assertTrue(Files.size(large) > 900_000 && Files.size(large) < SourceText.MAX_BYTES, "just under the size limit");

        assertEquals("0001A1", checker.check(large).id());
        assertEquals(180, checker.check(file).model().listObjectsOfProperty(GP.indicator).toList().size());
    }

    private Path withEvidence(String evidence) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "evidence", ".txt"), valid().replace("More text.", evidence));
    }

    private static String valid() throws IOException {
        return Files.readString(TestData.resource("ingest/bad/valid.txt"));
    }
}

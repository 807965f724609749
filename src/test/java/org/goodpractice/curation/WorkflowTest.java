package org.goodpractice.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goodpractice.curation.State.Step;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.RecordChecker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Saving submissions through the import's checks, keeping them privately, and the steps of review. */
class WorkflowTest {
    private final TdbAccountStore dataset = TdbAccountStore.inMemory();
    private final List<String> published = new ArrayList<>();
    private final Workflow workflow = new Workflow(dataset.submissions(),
            new RecordChecker("http://example.org/").kind(Workflow.KIND), this::importFake, Clock.systemUTC());
    private final Account jan = new Account("jan", Role.CONTRIBUTOR, "x");
    private final Account maria = new Account("maria", Role.REVIEWER, "x");

    @AfterEach
    void close() {
        dataset.close();
    }

    static Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", "Rainwater tanks for schools in Ljubljana");
        f.put("description", "Schools collect rainwater for their toilets.\n\nA second paragraph.");
        f.put("evidence", "Twelve schools saved 4,000 cubic metres of water in 2023.");
        f.put("ownerOrganisation", "City of Ljubljana");
        f.put("ownerCountry", "Slovenia");
        f.put("country", "Slovenia");
        f.put("city", "Ljubljana");
        f.put("start", "2021-03");
        f.put("end", "ongoing");
        f.put("topics", "Greener Europe");
        return f;
    }

    private ImportOutcome importFake(Path file) {
        try {
            published.add(file.getFileName() + "\n" + Files.readString(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ImportOutcome.Imported(file, "rainwater-tanks", "t", "g", List.of());
    }

    @Test
    void aSavedDraftIsKeptWithItsFieldsAndGoesThroughReviewToPublication() {
        Submission draft = workflow.save(null, "jan", fields()).submission().orElseThrow();
        Submission stored = dataset.submissions().find(draft.id()).orElseThrow();
        assertEquals(fields(), stored.fields());
        assertEquals(State.DRAFT, stored.state());
        assertEquals(List.of(stored), workflow.byAuthor("jan"));

        Submission submitted = workflow.step(stored, Step.SUBMIT, jan, "");
        assertEquals(List.of(submitted), workflow.awaitingReview());
        assertThrows(CurationException.class, () -> workflow.step(submitted, Step.APPROVE, jan, ""));
        Submission changes = workflow.step(submitted, Step.REQUEST_CHANGES, maria, "Name the number of schools.");
        Submission again = workflow.step(changes, Step.SUBMIT, jan, "");
        assertEquals(State.RESUBMITTED, again.state());
        assertTrue(published.isEmpty(), "nothing is published before approval");

        Submission done = workflow.step(again, Step.APPROVE, maria, "Fine.");
        assertEquals(State.PUBLISHED, done.state());
        assertEquals("rainwater-tanks", dataset.submissions().find(done.id()).orElseThrow().practice());
        assertEquals(List.of("submit", "request changes", "resubmit", "approve"),
                dataset.submissions().find(done.id()).orElseThrow().comments().stream().map(Submission.Comment::step).toList());
        assertEquals("Name the number of schools.", done.comments().get(1).text());
        assertTrue(published.get(0).startsWith("submission-" + done.id() + ".txt\nRainwater tanks for schools in Ljubljana\n"),
                published.get(0));
        assertThrows(CurationException.class, () -> workflow.step(done, Step.DECLINE, maria, "late"));
        assertThrows(CurationException.class, () -> workflow.step(again, Step.APPROVE, maria, ""),
                "a second reviewer's approval from a stale page publishes nothing again");
        assertEquals(1, published.size());
    }

    @Test
    void aRefusedSaveNamesTheFormFieldAndKeepsNothing() {
        Map<String, String> f = fields();
        f.put("end", "2020-01");
        Workflow.Saved refused = workflow.save(null, "jan", f);
        assertEquals("end", refused.field().orElseThrow());
        assertTrue(refused.problem().contains("before it starts"), refused.problem());
        assertTrue(dataset.submissions().list().isEmpty());

        f = fields();
        f.put("ownerCountry", "Atlantis");
        assertEquals("ownerCountry", workflow.save(null, "jan", f).field().orElseThrow());
        f = fields();
        f.put("topics", "Underwater basket weaving");
        assertEquals("topics", workflow.save(null, "jan", f).field().orElseThrow());
        f = fields();
        f.put("title", "");
        assertEquals("title", workflow.save(null, "jan", f).field().orElseThrow());
        f = fields();
        f.put("description", "Schools collect rainwater.\nProject: a line that would become the project");
        Workflow.Saved heading = workflow.save(null, "jan", f);
        assertEquals("description", heading.field().orElseThrow());
        assertTrue(heading.problem().contains("reads as a heading"), heading.problem());
        f = fields();
        f.put("start", "sometime");
        assertEquals("start", workflow.save(null, "jan", f).field().orElseThrow());
        assertTrue(dataset.submissions().list().isEmpty());
    }
}

package org.goodpractice.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.goodpractice.TestData;
import org.goodpractice.curation.State.Step;
import org.goodpractice.history.History;
import org.goodpractice.history.TdbHistory;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;

/** Approving a submission publishes it as a version attributed to the approving reviewer, with their comment. */
class PublishedVersionTest {
    private static final String BASE = "http://example.org/";

    @Test
    void anApprovalIsAVersionByTheReviewer() {
        try (TdbStore store = TestData.storeWithSampleData(BASE); TdbAccountStore accounts = TdbAccountStore.inMemory();
             TdbHistory history = TdbHistory.inMemory()) {
            Workflow workflow = new Workflow(accounts.submissions(), new Importer(store, BASE).history(history), Clock.systemUTC());
            Account jan = new Account("jan", Role.CONTRIBUTOR, "x");
            Account rita = new Account("rita", Role.REVIEWER, "x");
            Submission draft = workflow.save(null, "jan", Map.of("title", "Vintry rainwater tanks for schools",
                    "description", "Schools collect rainwater for their toilets.",
                    "evidence", "Twelve schools saved 4,000 cubic metres of water in 2023.",
                    "ownerOrganisation", "City of Ljubljana", "ownerCountry", "Slovenia", "country", "Slovenia",
                    "city", "Ljubljana", "start", "2021-03", "end", "2024-06", "topics", "Greener Europe"))
                    .submission().orElseThrow();
            Submission submitted = workflow.step(draft, Step.SUBMIT, jan, "");
            Submission published = workflow.step(submitted, Step.APPROVE, rita, "checked with the city");
            List<History.Version> versions = history.versions(BASE + "id/practice/" + published.practice());
            assertEquals(1, versions.size());
            assertEquals("rita", versions.get(0).change().who());
            assertEquals("checked with the city", versions.get(0).change().why());
        }
    }
}

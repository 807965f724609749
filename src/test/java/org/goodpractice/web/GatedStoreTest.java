package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryFactory;
import org.goodpractice.TestData;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;

class GatedStoreTest {
    @Test
    void aQueryPastItsTimeEndsWithAClearMessage() {
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE)) {
            GatedStore pages = GatedStore.over(store, Duration.ofMillis(500), 2, Duration.ZERO);
            var endless = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
            PageUnavailableException e = assertThrows(PageUnavailableException.class,
                    () -> pages.select(endless, rs -> rs.next().getLiteral("n").getLong()));
            assertTrue(e.getMessage().contains("longer than"), e.getMessage());
        }
    }

    @Test
    void whenEveryPermitIsTakenTheNextQueryIsTurnedAwayAndThenLetIn() throws Exception {
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE)) {
            GatedStore pages = GatedStore.over(store, Duration.ofSeconds(30), 1, Duration.ZERO);
            var ask = QueryFactory.create("ASK { ?s ?p ?o }");
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Boolean> held = CompletableFuture.supplyAsync(() -> pages.select(
                    QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 1"), rs -> {
                        holding.countDown();
                        try {
                            return release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }));
            assertTrue(holding.await(30, TimeUnit.SECONDS));
            PageUnavailableException busy = assertThrows(PageUnavailableException.class, () -> pages.ask(ask));
            assertTrue(busy.getMessage().contains("busy"), busy.getMessage());
            release.countDown();
            assertTrue(held.get(30, TimeUnit.SECONDS));
            assertTrue(pages.ask(ask));
        }
    }
}

package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.goodpractice.TestServer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;

/** {@code /health} tells a load balancer whether the store answers and how far the search index is behind it. */
class HealthTest {
    private static void write(TdbStore store, String graph) {
        Model model = ModelFactory.createDefaultModel();
        model.add(model.createResource(graph), model.createProperty("urn:test:p"), "changed");
        store.replaceGraphs(Map.of(graph, model));
    }

    @Test
    void theLagCountsVersionsAndSecondsFromTheChangeTheIndexHasNotTaken() {
        try (TdbStore store = TdbStore.inMemory()) {
            write(store, "urn:test:g0");
            AtomicLong indexed = new AtomicLong(store.version());
            AtomicLong clock = new AtomicLong(1_000_000_000L);
            Health health = new Health(store, indexed::get, clock::get);
            assertTrue(health.report().body().contains("lag 0 versions, 0.0 s"), health.report().body());

            write(store, "urn:test:g1");
            write(store, "urn:test:g2");
            clock.addAndGet(2_500_000_000L);
            Health.Report behind = health.report();
            assertEquals(200, behind.status(), "a lagging index still serves searches");
            assertTrue(behind.body().contains("store: reachable, version " + store.version()), behind.body());
            assertTrue(behind.body().contains("lag 2 versions, 2.5 s"), behind.body());

            indexed.set(-1);
            assertTrue(health.report().body().contains("lag ? versions, 2.5 s"), health.report().body());

            indexed.set(store.version());
            assertTrue(health.report().body().contains("lag 0 versions, 0.0 s"), health.report().body());
        }
    }

    @Test
    void aNodeAnswersWithItsStoreAndIndexVersions() throws Exception {
        try (TestServer site = TestServer.start()) {
            HttpResponse<String> response = TestServer.HTTP.send(HttpRequest.newBuilder(URI.create(site.url("health"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
            long version = site.store().version();
            assertTrue(response.body().startsWith("ok\nstore: reachable, version " + version + "\nindex: version " + version
                    + ", lag 0 versions"), response.body());
        }
    }
}

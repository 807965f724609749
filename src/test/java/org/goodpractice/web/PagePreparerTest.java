package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.goodpractice.TestData;
import org.goodpractice.catalog.CaseStudyCatalog;
import org.goodpractice.catalog.PracticeCatalog;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.linkeddata.ResourceDescriptions;
import org.goodpractice.linkeddata.SchemaOrg;
import org.goodpractice.search.SearchEngine;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.store.ForwardingStore;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagePreparerTest {
    @TempDir
    Path dir;

    @Test
    void preparedPagesAreServedWithoutAskingTheStoreUntilItChanges() throws Exception {
        try (TdbStore tdb = TestData.storeWithSampleData(TestData.BASE); SearchIndex index = SearchIndex.build(tdb, TestData.BASE)) {
            CountingStore store = new CountingStore(tdb);
            PracticeCatalog catalog = new PracticeCatalog(store, TestData.BASE);
            PracticePage page = practicePage(store, catalog, index);
            PagePreparer preparer = new PagePreparer(page, catalog, index::generation);
            List<String> ids = catalog.ids();

            assertEquals(ids.size(), preparer.prepare());
            int queriesAfterPreparing = store.queries.get();
            ids.forEach(id -> assertTrue(page.page(id).isPresent(), id));
            assertEquals(queriesAfterPreparing, store.queries.get(), "no page asked the store again");
            assertEquals(0, preparer.prepare(), "an unchanged store is not prepared twice");

            Path changed = Files.writeString(dir.resolve("0412C1.txt"), Files.readString(Path.of("data/annex/0412C1.txt"))
                    .replace("Tremplin Innovation Lyon: public business incubator", "Tremplin Innovation Lyon: public zeppelin hangar"));
            assertInstanceOf(ImportOutcome.Imported.class, new Importer(tdb, TestData.BASE).onRecordsWritten(index::update).importFile(changed));
            assertEquals(ids.size(), preparer.prepare(), "a changed store is prepared again");
            int queriesAfterChange = store.queries.get();
            String html = page.page("0412C1").orElseThrow().html();
            assertTrue(html.contains("<h1>Tremplin Innovation Lyon: public zeppelin hangar"), html);
            assertEquals(queriesAfterChange, store.queries.get());
        }
    }

    @Test
    void preparingStopsWhenThePageCacheIsNearlyFullAndTheCacheStaysWithinItsBytes() {
        try (TdbStore store = TestData.storeWithSampleData(TestData.BASE); SearchIndex index = SearchIndex.build(store, TestData.BASE)) {
            PracticeCatalog catalog = new PracticeCatalog(store, TestData.BASE);
            PracticePage roomy = practicePage(store, catalog, index);
            int all = new PagePreparer(roomy, catalog, index::generation).prepare();
            long everyPage = roomy.cacheWeight();
            assertTrue(everyPage > all * 1000L, "a kept page weighs more than a kilobyte: " + everyPage);

            long bound = everyPage / 3;
            PracticePage small = practicePage(store, catalog, index, bound);
            int prepared = new PagePreparer(small, catalog, index::generation).prepare();
            assertTrue(prepared > 0 && prepared < all, prepared + " of " + all);
            assertTrue(small.cacheWeight() <= bound, small.cacheWeight() + " > " + bound);
            catalog.ids().forEach(id -> assertTrue(small.page(id).isPresent(), "made on demand beyond the cache: " + id));
            assertTrue(small.cacheWeight() <= bound, small.cacheWeight() + " > " + bound);
        }
    }

    private static PracticePage practicePage(SparqlStore store, PracticeCatalog catalog, SearchIndex index) {
        return practicePage(store, catalog, index, PracticePage.CACHE_BYTES);
    }

    private static PracticePage practicePage(SparqlStore store, PracticeCatalog catalog, SearchIndex index, long cacheBytes) {
        Pages pages = new Pages();
        LinkedDataRoutes linkedData = new LinkedDataRoutes(new ResourceDescriptions(store), new SchemaOrg(TestData.BASE),
                new ResourcePaths(TestData.BASE), pages);
        CaseStudyRoutes caseStudies = new CaseStudyRoutes(new CaseStudyCatalog(store, TestData.BASE), pages, linkedData);
        BrowseRoutes browse = new BrowseRoutes(new SearchEngine(index), store, pages, new ResourcePaths(TestData.BASE), 500);
        return new PracticePage(catalog, linkedData, caseStudies, browse, pages, cacheBytes);
    }

    /** A store that counts the queries asked of it. */
    private static final class CountingStore extends ForwardingStore {
        private final AtomicInteger queries = new AtomicInteger();

        CountingStore(SparqlStore store) {
            super(store);
        }

        @Override
        public <T> T select(Query query, Function<ResultSet, T> reader) {
            queries.incrementAndGet();
            return super.select(query, reader);
        }

        @Override
        public Model construct(Query query) {
            queries.incrementAndGet();
            return super.construct(query);
        }

        @Override
        public boolean ask(Query query) {
            queries.incrementAndGet();
            return super.ask(query);
        }
    }
}

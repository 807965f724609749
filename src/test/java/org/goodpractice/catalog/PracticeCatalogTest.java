package org.goodpractice.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.goodpractice.TestData;
import org.goodpractice.catalog.PracticeView.IndicatorRow;
import org.goodpractice.ingest.Importer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog over an on-disk TDB2 store opened afresh, whose node table (unlike an in-memory store's, or a
 * warm cache's) is read lazily and only inside a transaction.
 */
class PracticeCatalogTest {
    @TempDir
    Path dir;

    @Test
    void aPracticeViewCarriesItsResolvedPlaceIndicatorsInTextOrderAndProvenance() {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            new Importer(store, TestData.BASE).importFiles(List.of(TestData.resource("ingest/annex/bspa/input.txt")), o -> { });
            TDBInternal.expel(store.datasetGraph());
        }
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            PracticeView view = new PracticeCatalog(store, TestData.BASE).practice("0557C2").orElseThrow();

            assertEquals("United Kingdom", view.place().country().label());
            assertEquals(List.of(new Link("Birmingham (NUTS 3 UKG31)", "http://data.europa.eu/nuts/code/UKG31")),
                    view.place().regions());
            assertEquals("52.48142", view.place().locality().lat());
            assertEquals(List.of("500", "5,000", "30"), view.indicators().stream().map(IndicatorRow::value).toList());
            assertEquals("at least", view.indicators().get(0).qualifier());
            assertEquals("12 months", view.indicators().get(2).period());
            assertEquals("input.txt", view.provenance().file());
            assertNotNull(view.provenance().importedAt());
        }
    }
}

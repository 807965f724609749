package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.ingest.ImportOutcome.Unchanged;
import org.goodpractice.store.TdbStore;
import org.goodpractice.validation.RecordValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the importer adds to a record: resolved places, indicators, validation, provenance, the gazetteer graph. */
class EnrichedImportTest {
    private static final Path BSPA = TestData.resource("ingest/annex/bspa/input.txt");
    private static final String PREFIXES = """
            PREFIX gp: <https://w3id.org/goodpractice/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    Path dir;

    @Test
    void bspaReachesItsCountryARegionUnderUkgAPointNearBirminghamAndItsNumbers() {
        try (TdbStore store = TdbStore.inMemory()) {
            new Importer(store, TestData.BASE).importFiles(List.of(BSPA), o -> { });
            assertTrue(ask(store, """
                    ASK { <http://example.org/id/practice/0557C2>
                            gp:country <http://publications.europa.eu/resource/authority/country/GBR> ;
                            gp:region ?region ; gp:locality ?city .
                          ?region skos:broader+ <http://data.europa.eu/nuts/code/UKG> ; skos:notation "UKG31" .
                          ?city wgs84:lat ?lat ; wgs84:long ?long ; geo:hasGeometry/geo:asWKT ?wkt .
                          FILTER (ABS(?lat - 52.48) < 0.05 && ABS(?long + 1.89) < 0.05)
                          FILTER (STRSTARTS(STR(?wkt), "POINT(-1.89")) }"""));
            for (String value : List.of("500", "5000")) {
                assertTrue(ask(store, "ASK { <http://example.org/id/practice/0557C2> gp:indicator/schema:value ?v "
                        + "FILTER (isNumeric(?v) && ?v = " + value + ") }"), value);
            }
            assertTrue(ask(store, """
                    ASK { <http://example.org/id/practice/0557C2> gp:indicator ?i .
                          ?i schema:value 30 ; gp:counts/skos:prefLabel "companies"@en ; gp:period "P12M"^^xsd:duration }"""));
        }
    }

    @Test
    void eachRecordGraphSaysWhereItCameFromAndWhen() throws Exception {
        Instant now = Instant.parse("2024-05-01T10:00:00Z");
        try (TdbStore store = TdbStore.inMemory()) {
            new Importer(store, TestData.BASE, Clock.fixed(now, ZoneOffset.UTC)).importFiles(List.of(BSPA), o -> { });
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(BSPA)));
            assertTrue(ask(store, "ASK { GRAPH <http://example.org/graph/practice/0557C2> {"
                    + " <http://example.org/graph/practice/0557C2> prov:generatedAtTime \"2024-05-01T10:00:00Z\"^^xsd:dateTime ;"
                    + "   prov:wasDerivedFrom [ schema:name \"input.txt\" ; spdx:checksum/spdx:checksumValue \"" + sha + "\" ] ;"
                    + "   prov:wasGeneratedBy/prov:wasAssociatedWith/schema:softwareVersion ?version } }"));
        }
    }

    @Test
    void anUnchangedFileIsReportedUnchangedAndSkippedAndAChangedOneImports() throws IOException {
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, TestData.BASE);
            Path copy = Files.copy(BSPA, dir.resolve("0557C2.txt"));
            assertInstanceOf(Imported.class, importer.importFile(copy));
            List<String> before = TestData.snapshot(store);

            Unchanged again = assertInstanceOf(Unchanged.class, importer.importFile(copy));
            assertEquals("0557C2", again.id());
            assertEquals(before, TestData.snapshot(store));

            assertInstanceOf(Imported.class, importer.force(true).importFile(copy), "--force imports it again");
            Files.writeString(copy, Files.readString(copy).replace("5000 jobs", "6000 jobs"));
            assertInstanceOf(Imported.class, importer.force(false).importFile(copy));
            assertTrue(ask(store, "ASK { ?p gp:indicator/schema:value 6000 }"));
        }
    }

    @Test
    void aRecordThatBreaksAShapeIsRefusedNamingTheFieldAndWritesNothing() throws IOException {
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, TestData.BASE);
            importer.importFiles(List.of(TestData.resource("ingest/bad/valid.txt")), o -> { });
            List<String> before = TestData.snapshot(store);
            Path old = Files.writeString(dir.resolve("old.txt"), Files.readString(BSPA).replace("Start: 01-01-1982", "Start: 01-01-1850"));

            Failed failed = assertInstanceOf(Failed.class, importer.importFile(old));

            assertEquals("Start", failed.error().field());
            assertTrue(failed.error().getMessage().contains("old.txt: Start: a practice has at most one start date, "
                    + "between 1900 and 2100 (found \"1850-01-01\")"), failed.error().getMessage());
            assertEquals(before, TestData.snapshot(store));
        }
    }

    @Test
    void unresolvedPlacesAreWarningsAndStayAsText() {
        try (TdbStore store = TdbStore.inMemory()) {
            Imported imported = assertInstanceOf(Imported.class, new Importer(store, TestData.BASE)
                    .importFile(TestData.resource("ingest/annex/unknown-region/input.txt")));
            assertEquals(List.of("Location: region \"ATLANTIS\" is not a NUTS 2010-2024 region of France in the gazetteer; "
                    + "kept as text only"), imported.warnings());
            assertTrue(ask(store, "ASK { ?a <http://www.w3.org/ns/locn#adminUnitL2> \"ATLANTIS\" }"));
        }
    }

    @Test
    void theSampleDataResolvesWithoutWarnings() {
        try (TdbStore store = TdbStore.inMemory()) {
            List<ImportOutcome> outcomes = new Importer(store, TestData.BASE)
                    .importFiles(Importer.expand(List.of(TestData.sampleData())), o -> { });
            for (ImportOutcome o : outcomes) {
                assertEquals(List.of(), assertInstanceOf(Imported.class, o).warnings(), o.file().toString());
            }
            long unresolved = store.select(QueryFactory.create(PREFIXES
                    + "SELECT (COUNT(*) AS ?n) WHERE { ?p a gp:GoodPractice FILTER NOT EXISTS { ?p gp:locality/wgs84:lat ?lat } }"),
                    rs -> rs.next().getLiteral("n").getLong());
            assertEquals(0, unresolved, "every sample practice has a located city");
        }
    }

    @Test
    void theGazetteerGraphHoldsTheCitiesInUseAndConformsToTheShapes() {
        try (TdbStore store = TdbStore.inMemory()) {
            new Importer(store, TestData.BASE).importFiles(List.of(BSPA,
                    TestData.resource("ingest/annex/organisation-only/input.txt")), o -> { });
            Set<String> cities = Set.copyOf(store.select(QueryFactory.create(PREFIXES
                    + "SELECT ?c WHERE { GRAPH <http://example.org/graph/gazetteer> { ?c a schema:Place } }"), rs -> {
                        List<String> found = new ArrayList<>();
                        rs.forEachRemaining(r -> found.add(r.getResource("c").getURI()));
                        return found;
                    }));
            assertEquals(Set.of("http://example.org/id/place/birmingham-gb", "http://example.org/id/place/krakow-pl"), cities);
            Model gazetteer = store.construct(QueryFactory.create(
                    "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.org/graph/gazetteer> { ?s ?p ?o } }"));
            assertEquals(List.of(), RecordValidator.bundled().validate(ModelFactory.createDefaultModel().add(gazetteer)));
        }
    }

    private static boolean ask(TdbStore store, String query) {
        return store.ask(QueryFactory.create(PREFIXES + query));
    }
}

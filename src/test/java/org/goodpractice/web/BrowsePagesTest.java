package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.vocabulary.DCTerms;
import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.server.GoodPracticeServer;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Home, search, downloads, concept and practice pages over HTTP, on the sample data (12 practices, 3 case studies) plus 15 more practices. */
class BrowsePagesTest {
    private static final int EXTRA = 15;
    private static final String MILAN_CASE_STUDY = "cutting-water-losses-in-milan-what-other-utilities-can-learn";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static TdbStore store;
    private static GoodPracticeServer server;

    @BeforeAll
    static void start() throws IOException {
        store = TestData.storeWithSampleData(TestData.BASE);
        Importer importer = new Importer(store, TestData.BASE);
        String valid = Files.readString(TestData.resource("ingest/bad/valid.txt"));
        for (int i = 1; i <= EXTRA; i++) {
            String index = String.format("EXT%03d", i);
            Path file = Files.writeString(dir.resolve(index + ".txt"),
                    valid.replace("Valid title", "Extra practice " + index).replace("0001A1", index));
            if (!(importer.importFile(file) instanceof ImportOutcome.Imported)) {
                throw new IllegalStateException("Extra practice did not import: " + index);
            }
        }
        server = GoodPracticeServer.create().store(store).baseUri(TestData.BASE).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void leaksFindsTheWaterLeakPracticeAndShowsSubThemeCounts() throws Exception {
        String page = get("search?q=leaks");
        assertTrue(page.contains("href=\"/practice/0913R2\""));
        assertFalse(page.contains("href=\"/practice/0412C1\""));
        assertEquals(Map.of("Water management", 2), facet(page, "sub-theme"), "the practice and the Milan case study");
    }

    @Test
    void choosingAFacetValueNarrowsTheResultsAndTheOtherCounts() throws Exception {
        String all = get("search");
        assertEquals(30, resultCount(all));
        String link = facetLinks(all, "priority").get("Environment and risk prevention");
        assertEquals("/search?priority=2", link);

        String narrowed = get(link.substring(1));
        assertEquals(resultCount(narrowed), facet(all, "priority").get("Environment and risk prevention"));
        assertEquals(6, facet(narrowed, "type").get("Practice"));
        assertTrue(resultCount(narrowed) < resultCount(all));
        assertTrue(narrowed.contains("aria-current=\"true\""), "the chosen value is marked");
        assertEquals("/search", facetLinks(narrowed, "priority").get("Environment and risk prevention"), "choosing again removes it");
    }

    @Test
    void resultsComeInPagesLinkedByNextAndPrevious() throws Exception {
        String first = get("search?sort=title");
        assertTrue(first.contains("1–20 of 30 results"), first);
        assertEquals(20, count(first, "<li class=\"result\">"));
        Matcher next = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"").matcher(first);
        assertTrue(next.find());
        assertEquals("/search?sort=title&page=2", unescape(next.group(1)));

        String second = get("search?sort=title&page=2");
        assertEquals(10, count(second, "<li class=\"result\">"));
        assertTrue(second.contains("rel=\"prev\""));
        assertFalse(second.contains("rel=\"next\""));
    }

    @Test
    void aSearchWithoutResultsSaysWhatToTry() throws Exception {
        String page = get("search?q=zeppelin&priority=1");
        assertTrue(page.contains("Nothing matches “zeppelin” with the chosen filters"));
        assertTrue(unescape(page).contains("href=\"/search?q=zeppelin\""), "a link drops the filters");
    }

    @Test
    void theResultSetDownloadsAsCsv() throws Exception {
        HttpResponse<String> csv = response("search.csv?sub-theme=water-management");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(csv.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_CSV);
        List<String> ids = new ArrayList<>();
        rows.forEachRemaining(r -> ids.add(r.getLiteral("id").getString() + "|" + r.getLiteral("country").getString()));
        assertEquals(List.of("0913R2|Italy", MILAN_CASE_STUDY + "|Italy"), ids);
    }

    @Test
    void theResultSetDownloadsAsTurtleWithWholeDescriptions() throws Exception {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(get("search.ttl?country=ITA"), Lang.TURTLE).parse(model);
        assertEquals("Acoustic leak detection and district metering in the Milan water network",
                model.getResource(TestData.BASE + "id/practice/0913R2").getProperty(DCTerms.title).getString());
        assertTrue(model.getResource(TestData.BASE + "id/article/" + MILAN_CASE_STUDY).hasProperty(DCTerms.description));
        assertFalse(model.containsResource(model.getResource(TestData.BASE + "id/practice/0557C2")));
    }

    @Test
    void conceptPagesListTheirRecordsOnly() throws Exception {
        String water = get("concept/sub-theme/water-management");
        assertTrue(water.contains("<h1>Water management</h1>"));
        assertTrue(water.contains("href=\"/practice/0913R2\"") && water.contains("href=\"/article/" + MILAN_CASE_STUDY + "\""));
        assertFalse(water.contains("href=\"/practice/0412C1\""));
        assertTrue(water.contains("href=\"/concept/priority/2\""), "links its priority");

        String italy = get("region/ITC");
        assertEquals(2, resultCount(italy));
        assertTrue(italy.contains("href=\"/region/ITC4\""), "links the narrower region");
        assertEquals(2, resultCount(get("country/GBR")), "Birmingham's practice and the Bristol and Bath case study");
        assertEquals(15, resultCount(get("concept/sub-theme/information-society?q=extra")), "searches within the concept");
        assertEquals(404, response("concept/priority/9").statusCode());
    }

    @Test
    void homePageCountsAndChartsMatchTheStore() throws Exception {
        String home = get("");
        assertEquals(27, stat(home, "practices"));
        assertEquals(3, stat(home, "case-studies"));
        assertEquals(12, stat(home, "countries"));
        assertEquals(sparqlCounts("""
                SELECT ?key (COUNT(DISTINCT ?r) AS ?n) WHERE {
                  VALUES ?type { <https://w3id.org/goodpractice/ns#GoodPractice> <https://w3id.org/goodpractice/ns#CaseStudy> }
                  ?r a ?type ; <https://w3id.org/goodpractice/ns#subTheme>|<https://w3id.org/goodpractice/ns#inferredSubTheme> ?c .
                  ?c <http://www.w3.org/2004/02/skos/core#prefLabel> ?key } GROUP BY ?key"""), bars(home, "sub-theme"));
        assertEquals(sparqlCounts("""
                SELECT ?key (COUNT(DISTINCT ?r) AS ?n) WHERE {
                  VALUES ?type { <https://w3id.org/goodpractice/ns#GoodPractice> <https://w3id.org/goodpractice/ns#CaseStudy> }
                  ?r a ?type ; <https://w3id.org/goodpractice/ns#country>/<http://www.w3.org/2004/02/skos/core#prefLabel> ?key } GROUP BY ?key"""),
                bars(home, "country"));
        assertTrue(home.contains("data-src=\"/places.json\""));
    }

    @Test
    void mapPlacesAndLeafletAreServedFromTheApplication() throws Exception {
        JsonArray places = JSON.parseAny(get("places.json")).getAsArray();
        Map<String, Long> counts = new HashMap<>();
        places.forEach(p -> counts.put(p.getAsObject().get("label").getAsString().value(),
                p.getAsObject().get("count").getAsNumber().value().longValue()));
        assertEquals(2L, counts.get("Milan"));
        assertEquals(1L, counts.get("Birmingham"));
        String assets = get("");
        Matcher script = Pattern.compile("<script src=\"(/webjars/leaflet/[^\"]+)\"").matcher(assets);
        assertTrue(script.find());
        HttpResponse<String> leaflet = response(script.group(1).substring(1));
        assertEquals(200, leaflet.statusCode());
        assertTrue(leaflet.body().contains("Leaflet"));
        assertEquals(200, response("static/map.js").statusCode());
    }

    @Test
    void practicePageLinksConceptsPlacesRelatedPracticesAndData() throws Exception {
        String page = get("practice/0557C2");
        for (String link : List.of("/concept/priority/1", "/concept/sub-theme/innovation-research-technology-development",
                "/country/GBR", "/region/UKG", "/region/UKG3", "/region/UKG31", "/practice/0298C1")) {
            assertTrue(page.contains("href=\"" + link + "\""), "page lacks a link to " + link);
        }
        assertTrue(page.contains("data-lat=\"52.48142\" data-lon=\"-1.89983\""));
        assertTrue(page.contains("/data/practice/0557C2.ttl\" type=\"text/turtle\">Turtle</a>"), "links its data documents");
        assertTrue(page.contains("Birmingham Science Park Aston (BSPA) (2011). Birmingham Science Park Aston. Good practice 0557C2."));
    }

    private static Map<String, Integer> sparqlCounts(String query) {
        Map<String, Integer> counts = new HashMap<>();
        store.select(QueryFactory.create(query), rs -> {
            rs.forEachRemaining(r -> counts.put(r.getLiteral("key").getString(), r.getLiteral("n").getInt()));
            return null;
        });
        return counts;
    }

    private static Map<String, Integer> bars(String page, String chart) {
        String figure = page.substring(page.indexOf("<figure class=\"chart\" id=\"chart-" + chart + "\""));
        figure = figure.substring(0, figure.indexOf("</svg>"));
        Map<String, Integer> bars = new HashMap<>();
        Matcher m = Pattern.compile("class=\"bar-label\"[^>]*>([^<]+)</text>\\s*<rect class=\"bar\"[^>]*width=\"\\d+\"[^>]*></rect>\\s*"
                + "<text class=\"bar-count\"[^>]*>(\\d+)</text>").matcher(figure);
        while (m.find()) {
            bars.put(unescape(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return bars;
    }

    private static int stat(String page, String name) {
        Matcher m = Pattern.compile("data-stat=\"" + name + "\">(\\d+)<").matcher(page);
        assertTrue(m.find(), "no stat " + name);
        return Integer.parseInt(m.group(1));
    }

    private static int resultCount(String page) {
        Matcher m = Pattern.compile("class=\"result-count\">(?:\\d+–\\d+ of )?(\\d+) results?<").matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Label to count of the values of one facet. */
    private static Map<String, Integer> facet(String page, String param) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile("<span class=\"value-label\">([^<]+)</span> <span class=\"count\">(\\d+)</span>")
                .matcher(facetSection(page, param));
        while (m.find()) {
            counts.put(unescape(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return counts;
    }

    private static Map<String, String> facetLinks(String page, String param) {
        Map<String, String> links = new HashMap<>();
        Matcher m = Pattern.compile("href=\"([^\"]+)\"[^>]*><span class=\"value-label\">([^<]+)</span>").matcher(facetSection(page, param));
        while (m.find()) {
            links.put(unescape(m.group(2)), unescape(m.group(1)));
        }
        return links;
    }

    private static String facetSection(String page, String param) {
        int start = page.indexOf("data-facet=\"" + param + "\"");
        assertTrue(start >= 0, "no facet " + param);
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static int count(String text, String fragment) {
        return text.split(Pattern.quote(fragment), -1).length - 1;
    }

    private static String unescape(String html) {
        return html.replace("&#x3D;", "=").replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", "\"");
    }

    private static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = response(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static HttpResponse<String> response(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

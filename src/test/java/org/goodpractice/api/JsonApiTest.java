package org.goodpractice.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over the sample data; every body is checked against the schema its OpenAPI document gives. */
class JsonApiTest {
    private static TestServer server;
    private static OpenApiSchemas schemas;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestData.pagingRecords());
        schemas = OpenApiSchemas.read(new String(server.get("api/openapi.json", "*/*").body(), StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSearchForScienceParkListsBspa() throws Exception {
        JsonObject results = get("api/practices?q=science+park", "SearchResults");
        List<String> ids = ids(results);
        assertTrue(ids.contains("0557C2"), ids.toString());
        JsonObject bspa = items(results).stream().filter(i -> i.get("id").getAsString().equals("0557C2")).findFirst().orElseThrow();
        JsonObject title = bspa.getAsJsonArray("title").get(0).getAsJsonObject();
        assertEquals("Birmingham Science Park Aston", title.get("value").getAsString());
        assertEquals("en", title.get("language").getAsString());
        assertEquals(server.base() + "api/practices/0557C2", bspa.get("api").getAsString());
    }

    @Test
    void facetsCountWhatTheSearchPageCountsAndNarrowTheResults() throws Exception {
        JsonObject all = get("api/practices", "SearchResults");
        JsonObject priorities = facet(all, "priority");
        JsonObject second = values(priorities).stream().filter(v -> v.get("key").getAsString().equals("2")).findFirst().orElseThrow();
        JsonObject narrowed = get("api/practices?priority=2", "SearchResults");
        assertEquals(second.get("count").getAsInt(), narrowed.get("total").getAsInt());
        String priority2 = server.base() + "id/concept/interreg-ivc/priority/2";
        Set<String> underPriority2 = new HashSet<>(Set.of(priority2));
        get("api/concepts/sub-theme", "Scheme").getAsJsonArray("concepts").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(c -> c.getAsJsonArray("broader").asList().stream().anyMatch(b -> b.getAsString().equals(priority2)))
                .forEach(c -> underPriority2.add(c.get("iri").getAsString()));
        assertFalse(items(narrowed).isEmpty());
        for (JsonObject item : items(narrowed)) {
            boolean filed = item.getAsJsonArray("concepts").asList().stream().map(JsonElement::getAsJsonObject)
                    .anyMatch(c -> underPriority2.contains(c.get("iri").getAsString()));
            assertTrue(filed, item.get("id") + " is filed under priority 2 or one of its sub-themes");
        }
        assertTrue(values(facet(narrowed, "priority")).stream().anyMatch(v -> v.get("selected").getAsBoolean()));
    }

    @Test
    void pagesAreLinkedWithRelNextUntilTheLastOne() throws Exception {
        HttpResponse<byte[]> first = server.get("api/practices", "application/json");
        JsonObject body = parse(first);
        int total = body.get("total").getAsInt();
        assertTrue(total > 20, "the sample data fills more than one page: " + total);
        Set<String> seen = new HashSet<>(ids(body));
        String link = first.headers().firstValue("Link").orElseThrow();
        String next = nextLink(link);
        assertEquals(server.base() + "api/practices?page=2", next);
        int pages = 1;
        while (next != null) {
            HttpResponse<byte[]> page = server.get(next, "application/json");
            JsonObject json = parse(page);
            schemas.check("SearchResults", json);
            List<String> ids = ids(json);
            assertFalse(ids.isEmpty(), next);
            ids.forEach(id -> assertTrue(seen.add(id), id + " is on one page only"));
            next = page.headers().firstValue("Link").map(JsonApiTest::nextLink).orElse(null);
            pages++;
        }
        assertEquals(body.get("pages").getAsInt(), pages);
        assertEquals(total, seen.size(), "following rel=next visits every record once");
    }

    @Test
    void aPracticeHasItsFieldsWithLanguagesAndLinks() throws Exception {
        JsonObject practice = get("api/practices/0557C2", "Practice");
        assertEquals("0557C2", practice.get("id").getAsString());
        assertEquals(server.base() + "id/practice/0557C2", practice.get("iri").getAsString());
        JsonObject description = practice.getAsJsonArray("description").get(0).getAsJsonObject();
        assertEquals("en", description.get("language").getAsString());
        JsonObject country = practice.getAsJsonArray("country").get(0).getAsJsonObject();
        assertEquals("http://publications.europa.eu/resource/authority/country/GBR", country.get("iri").getAsString());
        assertTrue(country.getAsJsonArray("labels").asList().stream()
                .anyMatch(l -> l.getAsJsonObject().get("value").getAsString().equals("United Kingdom")), country.toString());
        assertTrue(practice.get("start").getAsString().matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void badAndUnknownIdsGetJsonErrorsThatSayWhy() throws Exception {
        HttpResponse<byte[]> bad = server.get("api/practices/not%20an%20id", "application/json");
        assertEquals(400, bad.statusCode());
        JsonObject error = parse(bad);
        schemas.check("Error", error);
        assertTrue(error.get("error").getAsString().contains("0557C2"), error.toString());
        HttpResponse<byte[]> unknown = server.get("api/practices/NOPE99", "application/json");
        assertEquals(404, unknown.statusCode());
        assertTrue(parse(unknown).get("error").getAsString().contains("NOPE99"));
        assertEquals(404, server.get("api/concepts/no-such-scheme", "application/json").statusCode());
        assertEquals(400, server.get("api/concepts/Bad_Scheme", "application/json").statusCode());
    }

    @Test
    void aSchemeListsItsConceptsWithLabelsAndBroader() throws Exception {
        JsonObject scheme = get("api/concepts/sub-theme", "Scheme");
        assertEquals(server.base() + "id/scheme/sub-theme", scheme.get("iri").getAsString());
        JsonArray concepts = scheme.getAsJsonArray("concepts");
        JsonObject water = concepts.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(c -> c.get("iri").getAsString().endsWith("/sub-theme/water-management")).findFirst().orElseThrow();
        JsonObject label = water.getAsJsonArray("labels").get(0).getAsJsonObject();
        assertEquals("en", label.get("language").getAsString());
        assertEquals(server.base() + "id/concept/interreg-ivc/priority/2", water.getAsJsonArray("broader").get(0).getAsString());
        JsonObject priorities = get("api/concepts/priority", "Scheme");
        assertEquals(2, priorities.getAsJsonArray("concepts").size());
    }

    @Test
    void anyOriginMayRead() throws Exception {
        for (String path : List.of("api/practices", "api/practices/0557C2", "api/concepts/priority", "api/openapi.json",
                "api/practices/NOPE99")) {
            HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Origin", "https://elsewhere.example").build());
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        }
        HttpResponse<byte[]> preflight = server.send(HttpRequest.newBuilder(URI.create(server.url("api/practices")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET").build());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
    }

    @Test
    void theApiPageShowsTheOperationsOfTheDocument() throws Exception {
        HttpResponse<byte[]> page = server.get("api", "text/html");
        assertEquals(200, page.statusCode());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        for (String shown : List.of("GET /api/practices", "GET /api/practices/{id}", "GET /api/concepts/{scheme}",
                "<code>sub-theme</code>", "/api/openapi.json")) {
            assertTrue(html.contains(shown), shown);
        }
        assertFalse(html.contains("https://cdn"), "nothing from a CDN");
    }

    private static JsonObject get(String path, String schema) throws Exception {
        HttpResponse<byte[]> response = server.get(path, "application/json");
        assertEquals(200, response.statusCode(), path);
        JsonObject json = parse(response);
        schemas.check(schema, json);
        return json;
    }

    private static JsonObject parse(HttpResponse<byte[]> response) {
        return JsonParser.parseString(new String(response.body(), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static List<JsonObject> items(JsonObject results) {
        return results.getAsJsonArray("items").asList().stream().map(JsonElement::getAsJsonObject).toList();
    }

    private static List<String> ids(JsonObject results) {
        return new ArrayList<>(items(results).stream().map(i -> i.get("id").getAsString()).toList());
    }

    private static JsonObject facet(JsonObject results, String name) {
        return results.getAsJsonArray("facets").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(f -> f.get("facet").getAsString().equals(name)).findFirst().orElseThrow();
    }

    private static List<JsonObject> values(JsonObject facet) {
        return facet.getAsJsonArray("values").asList().stream().map(JsonElement::getAsJsonObject).toList();
    }

    /** The target of rel="next" in a Link header, or null. */
    private static String nextLink(String header) {
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            if (pieces.length > 1 && pieces[1].trim().equals("rel=\"next\"")) {
                return pieces[0].trim().replaceAll("^<|>$", "");
            }
        }
        return null;
    }
}

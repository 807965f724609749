package org.goodpractice.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.google.gson.Gson;
import org.goodpractice.TestServer;
import org.goodpractice.curation.TdbAccountStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /suggest/places}: gazetteer names for the submit form's location fields, bounded, escaped, refusing bad input. */
class PlaceSuggestionsTest {
    private static TdbAccountStore accounts;
    private static TestServer site;

    @BeforeAll
    static void start() {
        accounts = TdbAccountStore.inMemory();
        site = TestServer.start(builder -> builder.accounts(accounts));
    }

    @AfterAll
    static void stop() {
        site.close();
        accounts.close();
    }

    @Test
    void regionsAndCitiesOfACountryGivenByNameOrCode() throws Exception {
        assertTrue(names("kind=region&country=IT&q=lomb").contains("Lombardia"));
        assertTrue(names("kind=region&country=" + encode("ITALY") + "&q=LOMB").contains("Lombardia"), "case is ignored");
        assertTrue(names("kind=city&country=NL&q=tilb").contains("Tilburg"));
        assertTrue(names("kind=country&q=slov").containsAll(List.of("Slovakia", "Slovenia")));
        assertFalse(names("kind=region&country=NL&q=lomb").contains("Lombardia"), "only the country's regions");
    }

    @Test
    void anUnknownOrMissingCountryHasNoRegionsOrCities() throws Exception {
        assertEquals(List.of(), names("kind=region&country=Atlantis&q=a"));
        assertEquals(List.of(), names("kind=city&country=ZZ&q="));
        assertEquals(List.of(), names("kind=city&q=mil"));
    }

    @Test
    void atMostTenNamesAreGiven() throws Exception {
        assertEquals(PlaceSuggestions.MAX, names("kind=city&country=DE&q=").size());
        assertEquals(PlaceSuggestions.MAX, names("kind=region&country=DE&q=").size());
    }

    @Test
    void namesAreEscapedJsonAndMarkupTypedMatchesNothing() throws Exception {
        HttpResponse<byte[]> r = site.get("suggest/places?kind=region&country=FR&q=" + encode("côte d'"), "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertFalse(body.contains("'"), "the apostrophe is escaped in the JSON: " + body);
        assertTrue(Arrays.asList(new Gson().fromJson(body, String[].class)).contains("Provence-Alpes-Côte d'Azur"), body);
        assertEquals(List.of(), names("kind=city&country=FR&q=" + encode("<script>alert(1)</script>")));
    }

    @Test
    void badKindsAndOverlongInputAreRefused() throws Exception {
        assertEquals(400, site.get("suggest/places?kind=planet&q=a", "*/*").statusCode());
        assertEquals(400, site.get("suggest/places?q=a", "*/*").statusCode());
        assertEquals(400, site.get("suggest/places?kind=city&country=FR&q=" + "a".repeat(PlaceSuggestions.MAX_TYPED + 1), "*/*")
                .statusCode());
        assertEquals(400, site.get("suggest/places?kind=city&q=a&country=" + "b".repeat(PlaceSuggestions.MAX_TYPED + 1), "*/*")
                .statusCode());
    }

    private static List<String> names(String query) throws Exception {
        HttpResponse<byte[]> r = site.get("suggest/places?" + query, "application/json");
        assertEquals(200, r.statusCode(), query);
        return Arrays.asList(new Gson().fromJson(new String(r.body(), StandardCharsets.UTF_8), String[].class));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

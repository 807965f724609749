package org.goodpractice.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.goodpractice.search.Facet;
import org.goodpractice.search.FacetCount;
import org.goodpractice.search.Overview;
import org.goodpractice.search.RecordType;
import org.goodpractice.search.SearchEngine;
import org.goodpractice.search.SearchRequest;

/**
 * The home page's counts, charts and map points, worked out once per version of the index
 * (they change only when records do) and reused by every request until then.
 */
final class HomeView {
    private static final int CHART_BARS = 15;

    private final SearchEngine engine;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    private record Cached(long generation, Map<String, Object> model, String places) {
    }

    HomeView(SearchEngine engine) {
        this.engine = engine;
    }

    Map<String, Object> model() {
        return current().model();
    }

    /** Located localities with their counts, as a JSON array for the map script. */
    String placesJson() {
        return current().places();
    }

    private Cached current() {
        long generation = engine.index().generation();
        Cached cached = cache.get();
        if (cached == null || cached.generation() != generation) {
            Overview overview = engine.overview();
            cached = new Cached(generation, build(overview), places(overview));
            cache.set(cached);
        }
        return cached;
    }

    private static Map<String, Object> build(Overview o) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", "Good practices in regional policy");
        m.put("metaDescription", o.count(RecordType.PRACTICE) + " good practices and " + o.count(RecordType.CASE_STUDY)
                + " case studies in regional policy, to browse by theme and place or to query as linked open data.");
        m.put("total", o.total());
        m.put("practices", o.count(RecordType.PRACTICE));
        m.put("caseStudies", o.count(RecordType.CASE_STUDY));
        m.put("countries", o.distinct(Facet.COUNTRY));
        m.put("regions", o.distinct(Facet.REGION));
        m.put("subThemes", o.distinct(Facet.SUB_THEME));
        m.put("priorities", o.counts().getOrDefault(Facet.PRIORITY, List.of()).stream()
                .map(c -> new BarChart.Entry(c.label(), c.count(), Paths.priority(c.key()))).toList());
        m.put("subThemeChart", chart("sub-theme", "Practices and case studies per sub-theme", "Sub-theme", o, Facet.SUB_THEME, Paths::subTheme));
        m.put("countryChart", chart("country", "Practices and case studies per country", "Country", o, Facet.COUNTRY, Paths::country));
        m.put("located", o.localities().stream().mapToInt(Overview.LocalityCount::count).sum());
        m.put("localities", o.localities().size());
        m.put("placesUrl", Paths.MAP_PLACES);
        m.put("browse", Paths.SEARCH);
        return m;
    }

    private static BarChart chart(String id, String title, String column, Overview o, Facet facet, Function<String, String> page) {
        List<BarChart.Entry> entries = o.counts().getOrDefault(facet, List.of()).stream()
                .map((FacetCount c) -> new BarChart.Entry(c.label(), c.count(), page.apply(c.key()))).toList();
        return entries.isEmpty() ? null : BarChart.of(id, title, column, entries, CHART_BARS);
    }

    private static String places(Overview o) {
        JsonArray array = new JsonArray();
        for (Overview.LocalityCount l : o.localities()) {
            JsonObject point = new JsonObject();
            point.put("label", l.place().label());
            point.put("lat", JsonNumber.value(l.place().lat()));
            point.put("lon", JsonNumber.value(l.place().lon()));
            point.put("count", l.count());
            point.put("href", SearchView.href(Paths.SEARCH,
                    SearchRequest.parse(Map.of("q", List.of("\"" + l.place().label() + "\"")))));
            array.add(point);
        }
        return array.toString();
    }
}

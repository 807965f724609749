package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.goodpractice.catalog.PracticeView;
import org.goodpractice.search.Concept;
import org.goodpractice.search.Concepts;
import org.goodpractice.search.Facet;
import org.goodpractice.search.SearchEngine;
import org.goodpractice.search.SearchRequest;
import org.goodpractice.search.SearchResults;
import org.goodpractice.store.SparqlStore;

/**
 * The browsing side of the site: home page, search with facets and its downloads, and the
 * pages of priorities, sub-themes, countries and regions, all answered from the search index.
 *
 * <pre>
 * BrowseRoutes browse = new BrowseRoutes(new SearchEngine(index), store, pages, new ResourcePaths(baseUri), 500);
 * Javalin.create(config -&gt; browse.register(config));
 * </pre>
 */
public final class BrowseRoutes {
    private static final Map<Facet, String> KINDS = Map.of(Facet.PRIORITY, "Priority", Facet.SUB_THEME, "Sub-theme",
            Facet.COUNTRY, "Country", Facet.REGION, "Region");

    private final SearchEngine engine;
    private final Pages pages;
    private final Downloads downloads;
    private final HomeView home;
    private final int turtleRecords;

    /** @param turtleRecords the most records a Turtle download may hold */
    public BrowseRoutes(SearchEngine engine, SparqlStore store, Pages pages, ResourcePaths paths, int turtleRecords) {
        this.turtleRecords = turtleRecords;
        this.engine = requireNonNull(engine, "engine");
        this.pages = requireNonNull(pages, "pages");
        this.downloads = new Downloads(store, paths);
        this.home = new HomeView(engine);
    }

    public void register(JavalinConfig config) {
        Negotiation.getAndHead(config, Paths.HOME, ctx -> ctx.html(pages.render("home", home.model())));
        Negotiation.getAndHead(config, Paths.SEARCH, this::search);
        Negotiation.getAndHead(config, Paths.SEARCH_CSV, ctx -> download(ctx, "text/csv; charset=utf-8", "csv"));
        Negotiation.getAndHead(config, Paths.SEARCH_TTL, ctx -> download(ctx, "text/turtle; charset=utf-8", "ttl"));
        Negotiation.getAndHead(config, Paths.PRIORITY, ctx -> concept(ctx, Facet.PRIORITY));
        Negotiation.getAndHead(config, Paths.SUB_THEME, ctx -> concept(ctx, Facet.SUB_THEME));
        Negotiation.getAndHead(config, Paths.COUNTRY, ctx -> concept(ctx, Facet.COUNTRY));
        Negotiation.getAndHead(config, Paths.REGION, ctx -> concept(ctx, Facet.REGION));
        Negotiation.getAndHead(config, Paths.MAP_PLACES, ctx -> ctx.contentType("application/json").result(home.placesJson()));
    }

    /**
     * The store version the search index reflects, for caching what pages derive from records and
     * the index: it moves once the index has caught up with a change of the store.
     */
    public long contentVersion() {
        return engine.index().version();
    }

    /** What the practice page adds to the record: concept and place links, map, related practices, formats, citation. */
    public PracticeExtras practiceExtras(PracticeView practice) {
        return PracticeExtras.of(practice, engine);
    }

    private void search(Context ctx) {
        SearchRequest request = SearchRequest.parse(ctx.queryParamMap());
        SearchResults results = engine.search(request);
        Map<String, Object> model = SearchView.model(Paths.SEARCH, results, engine.index().concepts());
        model.put("title", request.q().isEmpty() ? "Browse practices" : "Search: " + request.q());
        model.put("heading", request.q().isEmpty() ? "Browse practices" : "Results for “" + request.q() + "”");
        model.put("metaDescription", "Search and browse good practices in regional policy by words, theme, place and date.");
        ctx.html(pages.render("search", model));
    }

    private void download(Context ctx, String mediaType, String extension) {
        SearchRequest request = SearchRequest.parse(ctx.queryParamMap());
        var hits = engine.matching(request);
        if (extension.equals("ttl") && hits.size() > turtleRecords) {
            ctx.status(400).contentType("text/plain; charset=utf-8").result(String.format(Locale.ROOT,
                    "A Turtle download holds at most %,d records and this search matches %,d. Narrow the search, "
                            + "or download everything at once from %s.%n",
                    turtleRecords, hits.size(), Paths.dump("goodpractice.ttl.gz")));
            return;
        }
        ctx.contentType(mediaType);
        ctx.header("Content-Disposition", "attachment; filename=\"practices." + extension + "\"");
        if (extension.equals("csv")) {
            downloads.csv(hits, ctx.outputStream());
        } else {
            downloads.turtle(hits, ctx.outputStream());
        }
    }

    private void concept(Context ctx, Facet facet) {
        Concepts concepts = engine.index().concepts();
        Optional<Concept> found = concepts.get(facet, ctx.pathParam("key"));
        if (found.isEmpty()) {
            ctx.status(404);
            return;
        }
        Concept concept = found.get();
        String path = PracticeExtras.page(concept);
        SearchRequest request = SearchRequest.parse(ctx.queryParamMap()).within(new SearchRequest.FacetValue(facet, concept.key()));
        Map<String, Object> model = new HashMap<>(SearchView.model(path, engine.search(request), concepts));
        model.put("title", concept.label());
        model.put("heading", concepts.label(facet, concept.key()));
        model.put("kind", KINDS.get(facet));
        model.put("metaDescription", "Good practices and case studies filed under the " + KINDS.get(facet).toLowerCase(Locale.ROOT)
                + " " + concept.label() + ".");
        model.put("iri", concept.iri());
        concepts.broader(concept).ifPresent(b -> model.put("broader", link(b, concepts)));
        List<Map<String, String>> narrower = concepts.narrower(concept).stream().map(c -> link(c, concepts)).toList();
        model.put("narrower", narrower);
        ctx.html(pages.render("concept", model));
    }

    private static Map<String, String> link(Concept c, Concepts concepts) {
        return Map.of("label", concepts.label(c.facet(), c.key()), "href", PracticeExtras.page(c), "kind", KINDS.get(c.facet()));
    }
}

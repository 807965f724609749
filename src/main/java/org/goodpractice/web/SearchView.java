package org.goodpractice.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.goodpractice.search.Concepts;
import org.goodpractice.search.Facet;
import org.goodpractice.search.FacetCount;
import org.goodpractice.search.FacetCounts;
import org.goodpractice.search.SearchRequest;
import org.goodpractice.search.SearchRequest.FacetValue;
import org.goodpractice.search.SearchResults;

/**
 * Turns search results into what the search templates show: every link a full query string,
 * so each facet, sort and page is a plain link or GET form that works without JavaScript.
 */
final class SearchView {
    /** Facet values shown before the rest fold away under "more". */
    private static final int VISIBLE_VALUES = 8;
    private static final int PAGE_WINDOW = 2;

    private SearchView() {
    }

    record Option(String value, String label, boolean selected) {
    }

    record Hidden(String name, String value) {
    }

    record Value(String label, int count, boolean selected, String href) {
    }

    record Group(String param, String label, List<Value> visible, List<Value> more) {
    }

    record Chip(String label, String href) {
    }

    record PageLink(int number, String href, boolean current, boolean gap) {
    }

    /** The model of the search part of a page whose own path is {@code path}. */
    static Map<String, Object> model(String path, SearchResults results, Concepts concepts) {
        SearchRequest r = results.request();
        Map<String, Object> m = new HashMap<>();
        m.put("action", path);
        m.put("q", r.q());
        m.put("from", r.from());
        m.put("to", r.to());
        m.put("sorts", sorts(r));
        m.put("hidden", r.chosen().stream().map(v -> new Hidden(v.facet().param(), v.key())).toList());
        m.put("total", results.total());
        m.put("plural", results.total() != 1);
        m.put("first", results.first());
        m.put("last", results.last());
        m.put("hits", results.hits().stream().map(HitView::of).toList());
        m.put("groups", groups(path, results));
        m.put("chips", chips(path, r, concepts));
        m.put("filtered", r.filtered());
        m.put("clear", href(path, r.unfiltered()));
        m.put("words", !r.q().isEmpty());
        m.put("everything", href(path, SearchRequest.parse(Map.of())));
        m.put("csv", download(Paths.SEARCH_CSV, r));
        m.put("ttl", download(Paths.SEARCH_TTL, r));
        pagination(m, path, results);
        return m;
    }

    static String href(String path, SearchRequest request) {
        String query = request.queryString();
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** A download of the same search; a concept page's scope becomes an ordinary filter there. */
    private static String download(String path, SearchRequest r) {
        SearchRequest all = r.page(1);
        if (r.scope() != null) {
            all = all.within(null).with(r.scope().facet(), r.scope().key());
        }
        return href(path, all);
    }

    private static List<Option> sorts(SearchRequest r) {
        List<Option> options = new ArrayList<>();
        for (SearchRequest.Sort s : SearchRequest.Sort.values()) {
            options.add(new Option(s.param(), s.label(), s == r.sort()));
        }
        return options;
    }

    private static List<Group> groups(String path, SearchResults results) {
        SearchRequest r = results.request();
        List<Group> groups = new ArrayList<>();
        for (FacetCounts counts : results.facets()) {
            Facet facet = counts.facet();
            if (counts.values().isEmpty() || (r.scope() != null && r.scope().facet() == facet)) {
                continue;
            }
            List<Value> values = new ArrayList<>();
            for (FacetCount c : counts.values()) {
                SearchRequest next = c.selected() ? r.without(facet, c.key()) : r.with(facet, c.key());
                values.add(new Value(c.label(), c.count(), c.selected(), href(path, next)));
            }
            int split = Math.min(VISIBLE_VALUES, values.size());
            groups.add(new Group(facet.param(), facet.label(), values.subList(0, split), values.subList(split, values.size())));
        }
        return groups;
    }

    private static List<Chip> chips(String path, SearchRequest r, Concepts concepts) {
        List<Chip> chips = new ArrayList<>();
        for (FacetValue v : r.chosen()) {
            chips.add(new Chip(v.facet().label() + ": " + concepts.label(v.facet(), v.key()), href(path, r.without(v.facet(), v.key()))));
        }
        if (r.from() != null || r.to() != null) {
            String range = (r.from() == null ? "…" : r.from()) + "–" + (r.to() == null ? "…" : r.to());
            chips.add(new Chip(Facet.DECADE.label() + ": " + range, href(path, r.without(Facet.DECADE, "0"))));
        }
        return chips;
    }

    private static void pagination(Map<String, Object> m, String path, SearchResults results) {
        SearchRequest r = results.request();
        int pages = results.pages();
        m.put("paged", pages > 1);
        m.put("page", r.page());
        m.put("pages", pages);
        m.put("prev", r.page() > 1 ? href(path, r.page(Math.min(r.page() - 1, pages))) : null);
        m.put("next", r.page() < pages ? href(path, r.page(r.page() + 1)) : null);
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - r.page()) <= PAGE_WINDOW) {
                if (n - last > 1) {
                    links.add(new PageLink(0, null, false, true));
                }
                links.add(new PageLink(n, href(path, r.page(n)), n == r.page(), false));
                last = n;
            }
        }
        m.put("pageLinks", links);
    }
}

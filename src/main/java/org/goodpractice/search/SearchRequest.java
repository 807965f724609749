package org.goodpractice.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One search, as its query string says it: words, chosen facet values, start-year range, sort
 * and page. Every state is a query string, so a search can be bookmarked, shared and navigated
 * back to; {@link #queryString()} writes it back in a canonical order.
 *
 * <pre>
 * SearchRequest r = SearchRequest.parse(Map.of("q", List.of("leaks"), "priority", List.of("2")));
 * r.with(Facet.COUNTRY, "ITA").queryString(); // q=leaks&amp;priority=2&amp;country=ITA
 * </pre>
 *
 * @param scope a facet value fixed by the page itself (a concept page), not part of the query string; or null
 */
public record SearchRequest(String q, Map<Facet, Set<String>> filters, Integer from, Integer to, Sort sort, int page,
        FacetValue scope) {
    public static final int PAGE_SIZE = 20;
    /** Deeper pages are refused: nobody reads them, and they cost more to collect. */
    public static final int MAX_PAGE = 500;
    private static final int MAX_QUERY_LENGTH = 300;
    private static final int MAX_VALUES = 20;

    /** A value of a facet, e.g. the priority {@code 1}. */
    public record FacetValue(Facet facet, String key) {
    }

    /** The orders results can come in. */
    public enum Sort {
        RELEVANCE("relevance", "Relevance"),
        TITLE("title", "Title (A–Z)"),
        NEWEST("newest", "Start date (newest first)"),
        OLDEST("oldest", "Start date (oldest first)");

        private final String param;
        private final String label;

        Sort(String param, String label) {
            this.param = param;
            this.label = label;
        }

        public String param() {
            return param;
        }

        public String label() {
            return label;
        }

        static Sort byParam(String param) {
            return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst().orElse(RELEVANCE);
        }
    }

    public SearchRequest {
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((f, values) -> {
            if (f.byValue() && !values.isEmpty()) {
                copy.put(f, Set.copyOf(new LinkedHashSet<>(values.stream().limit(MAX_VALUES).toList())));
            }
        });
        filters = copy;
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    /** The search a query string asks for; unknown parameters and malformed numbers are ignored. */
    public static SearchRequest parse(Map<String, List<String>> params) {
        EnumMap<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        params.forEach((name, values) -> Facet.byParam(name).filter(Facet::byValue).ifPresent(f -> values.stream()
                .map(String::strip).filter(v -> !v.isEmpty())
                .forEach(v -> filters.computeIfAbsent(f, x -> new LinkedHashSet<>()).add(v))));
        return new SearchRequest(first(params, "q").orElse(""), filters, year(params, "from"), year(params, "to"),
                Sort.byParam(first(params, "sort").orElse("")), number(first(params, "page")).orElse(1), null);
    }

    /** The same search within {@code scope}, e.g. on the page of one sub-theme. */
    public SearchRequest within(FacetValue scope) {
        return new SearchRequest(q, filters, from, to, sort, page, scope);
    }

    public boolean selected(Facet facet, String key) {
        if (facet == Facet.DECADE) {
            int decade = Integer.parseInt(key);
            return from != null && to != null && from == decade && to == decade + 9;
        }
        return filters.getOrDefault(facet, Set.of()).contains(key);
    }

    /** This search with {@code key} of {@code facet} chosen too (a decade sets the year range), on page 1. */
    public SearchRequest with(Facet facet, String key) {
        if (facet == Facet.DECADE) {
            int decade = Integer.parseInt(key);
            return new SearchRequest(q, filters, decade, decade + 9, sort, 1, scope);
        }
        EnumMap<Facet, Set<String>> more = new EnumMap<>(filters);
        Set<String> values = new LinkedHashSet<>(filters.getOrDefault(facet, Set.of()));
        values.add(key);
        more.put(facet, values);
        return new SearchRequest(q, more, from, to, sort, 1, scope);
    }

    /** This search without {@code key} of {@code facet} (a decade clears the year range), on page 1. */
    public SearchRequest without(Facet facet, String key) {
        if (facet == Facet.DECADE) {
            return new SearchRequest(q, filters, null, null, sort, 1, scope);
        }
        EnumMap<Facet, Set<String>> fewer = new EnumMap<>(filters);
        Set<String> values = new LinkedHashSet<>(filters.getOrDefault(facet, Set.of()));
        values.remove(key);
        fewer.put(facet, values);
        return new SearchRequest(q, fewer, from, to, sort, 1, scope);
    }

    public SearchRequest page(int n) {
        return new SearchRequest(q, filters, from, to, sort, n, scope);
    }

    /** The same words with no facet or year chosen. */
    public SearchRequest unfiltered() {
        return new SearchRequest(q, Map.of(), null, null, sort, 1, scope);
    }

    public boolean filtered() {
        return !filters.isEmpty() || from != null || to != null;
    }

    /** The query string of this search (without '?'), parameters in a fixed order, defaults left out. */
    public String queryString() {
        StringJoiner out = new StringJoiner("&");
        if (!q.isEmpty()) {
            out.add("q=" + encode(q));
        }
        filters.forEach((f, values) -> values.stream().sorted().forEach(v -> out.add(f.param() + "=" + encode(v))));
        if (from != null) {
            out.add("from=" + from);
        }
        if (to != null) {
            out.add("to=" + to);
        }
        if (sort != Sort.RELEVANCE) {
            out.add("sort=" + sort.param());
        }
        if (page > 1) {
            out.add("page=" + page);
        }
        return out.toString();
    }

    /** Every chosen value, facet by facet, for hidden form fields and "remove filter" links. */
    public List<FacetValue> chosen() {
        List<FacetValue> chosen = new ArrayList<>();
        filters.forEach((f, values) -> values.stream().sorted().forEach(v -> chosen.add(new FacetValue(f, v))));
        return chosen;
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Optional<Integer> number(Optional<String> text) {
        try {
            return text.map(String::strip).map(Integer::parseInt);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Integer year(Map<String, List<String>> params, String name) {
        return number(first(params, name)).filter(y -> y >= 1000 && y <= 2999).orElse(null);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

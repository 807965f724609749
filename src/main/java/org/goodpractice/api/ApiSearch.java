package org.goodpractice.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goodpractice.search.Concept;
import org.goodpractice.search.FacetCount;
import org.goodpractice.search.FacetCounts;
import org.goodpractice.search.Hit;
import org.goodpractice.search.RecordType;
import org.goodpractice.search.SearchRequest;
import org.goodpractice.search.SearchResults;

/** One page of search results as the JSON API gives it, and the {@code Link} header that pages through them. */
final class ApiSearch {
    /** The JSON body and the value of the Link header (empty when there is only one page). */
    record Page(Map<String, Object> body, String links) {
    }

    private ApiSearch() {
    }

    static Page page(SearchResults results, ApiRecords records, String base, String self) {
        SearchRequest request = results.request();
        Map<String, List<Map<String, Object>>> titles = records.titles(results.hits().stream().map(Hit::iri).toList());
        List<Object> items = results.hits().stream().map(hit -> item(hit, titles.get(hit.iri()), base)).map(Object.class::cast).toList();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", url(self, request));
        if (request.page() > 1) {
            links.put("first", url(self, request.page(1)));
            links.put("prev", url(self, request.page(request.page() - 1)));
        }
        if (request.page() < results.pages()) {
            links.put("next", url(self, request.page(request.page() + 1)));
            links.put("last", url(self, request.page(results.pages())));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", results.total());
        body.put("page", request.page());
        body.put("pageSize", SearchRequest.PAGE_SIZE);
        body.put("pages", results.pages());
        body.put("items", items);
        body.put("facets", results.facets().stream().map(ApiSearch::facet).toList());
        body.put("links", links);
        List<String> header = new ArrayList<>();
        links.forEach((rel, url) -> {
            if (!rel.equals("self")) {
                header.add("<" + url + ">; rel=\"" + rel + "\"");
            }
        });
        return new Page(body, String.join(", ", header));
    }

    private static String url(String self, SearchRequest request) {
        String query = request.queryString();
        return query.isEmpty() ? self : self + "?" + query;
    }

    private static Map<String, Object> item(Hit hit, List<Map<String, Object>> titles, String base) {
        boolean practice = hit.kind() == RecordType.PRACTICE;
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", hit.key());
        item.put("type", hit.kind().key());
        item.put("iri", hit.iri());
        item.put("title", titles != null ? titles : List.of(untagged(hit.title())));
        item.put("snippet", hit.snippet());
        item.put("start", hit.start() == null ? null : hit.start().toString());
        item.put("concepts", hit.concepts().stream().map(ApiSearch::concept).toList());
        item.put("locality", hit.locality() == null ? null : locality(hit));
        item.put("topics", hit.topics());
        item.put("page", base + (practice ? "practice/" : "article/") + hit.key());
        item.put("api", practice ? base + "api/practices/" + hit.key() : null);
        return item;
    }

    /** A title the store no longer has (the index lags a write by moments): its text without a language. */
    private static Map<String, Object> untagged(String title) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("value", title);
        text.put("language", null);
        return text;
    }

    private static Map<String, Object> concept(Concept c) {
        Map<String, Object> concept = new LinkedHashMap<>();
        concept.put("facet", c.facet().param());
        concept.put("key", c.key());
        concept.put("iri", c.iri());
        concept.put("label", c.label());
        return concept;
    }

    private static Map<String, Object> locality(Hit hit) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("iri", hit.locality().iri());
        place.put("label", hit.locality().label());
        place.put("lat", hit.locality().located() ? hit.locality().lat() : null);
        place.put("long", hit.locality().located() ? hit.locality().lon() : null);
        return place;
    }

    private static Map<String, Object> facet(FacetCounts counts) {
        Map<String, Object> facet = new LinkedHashMap<>();
        facet.put("facet", counts.facet().param());
        facet.put("label", counts.facet().label());
        facet.put("values", counts.values().stream().map(ApiSearch::value).toList());
        return facet;
    }

    private static Map<String, Object> value(FacetCount v) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", v.key());
        value.put("label", v.label());
        value.put("count", v.count());
        value.put("selected", v.selected());
        return value;
    }
}

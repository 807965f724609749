package org.goodpractice.web;

/** Every URL path the server answers, in one place. */
public final class Paths {
    public static final String HOME = "/";
    public static final String PRACTICE = "/practice/{id}";
    public static final String STATIC = "/static";
    /** Full-text and faceted search; its query string holds the whole search state. */
    public static final String SEARCH = "/search";
    /** The records a search matches (same query string), as CSV and as Turtle. */
    public static final String SEARCH_CSV = "/search.csv";
    public static final String SEARCH_TTL = "/search.ttl";
    /** Concept pages: the records filed under one priority, sub-theme, country (ISO 3166 alpha-3) or NUTS region. */
    public static final String PRIORITY = "/concept/priority/{key}";
    public static final String SUB_THEME = "/concept/sub-theme/{key}";
    public static final String COUNTRY = "/country/{key}";
    public static final String REGION = "/region/{key}";
    /** Located localities with their record counts, as JSON, for the home page map. */
    public static final String MAP_PLACES = "/places.json";
    /** Client libraries served from their WebJars inside the application jar. */
    public static final String WEBJARS = "/webjars";
    /** The SPARQL 1.1 endpoint, served by the embedded Fuseki. */
    public static final String SPARQL = "/sparql";

    private Paths() {
    }

    public static String practice(String id) {
        return "/practice/" + id;
    }

    /** The page of a case study (served by the case-study pages). */
    public static String article(String slug) {
        return "/article/" + slug;
    }

    public static String priority(String key) {
        return PRIORITY.replace("{key}", key);
    }

    public static String subTheme(String key) {
        return SUB_THEME.replace("{key}", key);
    }

    public static String country(String key) {
        return COUNTRY.replace("{key}", key);
    }

    public static String region(String key) {
        return REGION.replace("{key}", key);
    }
}

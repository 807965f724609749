package org.goodpractice.web;

/** Every URL path the server answers, in one place. */
public final class Paths {
    public static final String HOME = "/";
    public static final String PRACTICE = "/practice/{id}";
    /** A case study (article). */
    public static final String ARTICLE = "/article/{id}";
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
    /** Whether the node can serve: its store's reachability, for load balancers. */
    public static final String HEALTH = "/health";
    /** The SPARQL editor page with its example queries. */
    public static final String QUERY = "/query";

    /** Every IRI the repository mints: answers 303 See Other to the page or a data document. */
    public static final String ID = "/id/<path>";
    /** Every named graph the repository mints ({@code {base}graph/...}): 303 like {@link #ID}. */
    public static final String GRAPH = "/graph/<path>";
    /** A data document about {@code {base}id/{path}}, the format given by its suffix. */
    public static final String DATA = "/data/<path>";
    /** The generic page of a minted resource that has no page of its own. */
    public static final String PAGE = "/page/<path>";
    /** The good-practice ontology document (its namespace is on w3id.org and redirects here). */
    public static final String ONTOLOGY = "/ontology";
    /** The published JSON-LD context every JSON-LD document refers to. */
    public static final String CONTEXT = "/context.jsonld";
    /** The dataset description (VoID and DCAT). */
    public static final String DATASET = "/dataset";
    /** Where VoID clients look for the dataset description (RFC 8615 well-known URI). */
    public static final String WELL_KNOWN_VOID = "/.well-known/void";
    /** Full dumps of the store. */
    public static final String DUMPS = "/dumps/{file}";
    public static final String FAVICON = "/favicon.ico";
    public static final String FAVICON_SVG = "/favicon.svg";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    /** The practice spreadsheet template partners fill in, one practice per row ({@code goodpractice import} reads it). */
    public static final String TEMPLATE = "/template/practices.csv";
    /** SPARQL Update and Graph Store writes, only with the operator's credentials. */
    public static final String ADMIN = "/admin";
    /** Curation sign-in form (GET) and sign-in (POST). */
    public static final String LOGIN = "/login";
    /** Ends the session (POST with the form's CSRF token). */
    public static final String LOGOUT = "/logout";
    /** The curation accounts, for admins ({@link #ADMIN} is the SPARQL admin endpoint). */
    public static final String USERS = "/users";
    /** The submission form (GET) and a new draft (POST), for contributors and above. */
    public static final String SUBMIT = "/submit";
    /** Gazetteer names for the submit form's location fields: {@code ?kind=country|region|city&country=…&q=…}, as JSON. */
    public static final String SUGGEST_PLACES = "/suggest/places";
    /** The signed-in account's submissions with their state. */
    public static final String DASHBOARD = "/dashboard";
    /** Submissions waiting for a reviewer. */
    public static final String REVIEW = "/review";
    /** One submission ({@code /submission/{id}}), its {@code /edit} form and its {@code /step} actions. */
    public static final String SUBMISSION = "/submission/{id}";

    /** The versions of a practice, newest first; one version as its page was; what one version changed. */
    public static final String HISTORY = "/practice/{id}/history";
    public static final String VERSION = "/practice/{id}/version/{n}";
    public static final String DIFF = "/practice/{id}/diff/{n}";
    /** An admin's revert to version n (POST with the form's CSRF token), itself a new version. */
    public static final String REVERT = "/practice/{id}/revert/{n}";
    /** The edit form of a published practice (GET) and its save (POST), for reviewers and admins. */
    public static final String EDIT = "/practice/{id}/edit";
    /** The IRI of a version, {@code {base}id/practice/{id}/version/{n}}: its PROV description as RDF. */
    public static final String VERSION_ID = "/id/practice/{id}/version/{n}";

    private Paths() {
    }

    public static String article(String id) {
        return "/article/" + id;
    }

    public static String submission(String id) {
        return "/submission/" + id;
    }

    public static String practice(String id) {
        return "/practice/" + id;
    }

    public static String edit(String id) {
        return "/practice/" + id + "/edit";
    }

    public static String history(String id) {
        return "/practice/" + id + "/history";
    }

    public static String version(String id, int n) {
        return "/practice/" + id + "/version/" + n;
    }

    public static String diff(String id, int n) {
        return "/practice/" + id + "/diff/" + n;
    }

    public static String revert(String id, int n) {
        return "/practice/" + id + "/revert/" + n;
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

    /** The data document about {@code {base}id/{path}} in the format with {@code suffix}. */
    public static String data(String path, String suffix) {
        return "/data/" + path + "." + suffix;
    }

    public static String page(String path) {
        return "/page/" + path;
    }

    public static String dump(String file) {
        return "/dumps/" + file;
    }
}

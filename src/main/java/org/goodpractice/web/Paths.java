package org.goodpractice.web;

/** Every URL path the server answers, in one place. */
public final class Paths {
    public static final String HOME = "/";
    public static final String PRACTICE = "/practice/{id}";
    /** A case study (article). */
    public static final String ARTICLE = "/article/{id}";
    public static final String STATIC = "/static";
    /** The SPARQL 1.1 endpoint, served by the embedded Fuseki. */
    public static final String SPARQL = "/sparql";
    /** The SPARQL editor page with its example queries. */
    public static final String QUERY = "/query";

    /** Every IRI the repository mints: answers 303 See Other to the page or a data document. */
    public static final String ID = "/id/<path>";
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
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    /** SPARQL Update and Graph Store writes, only with the operator's credentials. */
    public static final String ADMIN = "/admin";

    private Paths() {
    }

    public static String article(String id) {
        return "/article/" + id;
    }

    public static String practice(String id) {
        return "/practice/" + id;
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

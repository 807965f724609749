package org.goodpractice.web;

/** Every URL path the server answers, in one place. */
public final class Paths {
    public static final String HOME = "/";
    public static final String PRACTICE = "/practice/{id}";
    public static final String STATIC = "/static";
    /** The SPARQL 1.1 endpoint, served by the embedded Fuseki. */
    public static final String SPARQL = "/sparql";
    /** The SPARQL editor page with its example queries. */
    public static final String QUERY = "/query";

    private Paths() {
    }

    public static String practice(String id) {
        return "/practice/" + id;
    }
}

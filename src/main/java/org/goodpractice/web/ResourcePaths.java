package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

import org.goodpractice.linkeddata.RdfFormat;

/**
 * Where each minted IRI is shown: its HTML page and its data documents. A path is what follows
 * {@code {base}id/} in the IRI of a resource, or {@code graph/...} for the IRI {@code {base}graph/...}
 * of a named graph (whose {@code #import}, {@code #source} and {@code #sha256} nodes are shown with
 * it). Practices have their own page; every other resource has the generic page under {@code /page/}.
 *
 * <p>The dataset base (what the IRIs in the store start with) and the web address (where this node
 * is served) may differ, as Pubby's {@code conf:datasetBase} and {@code conf:webBase} do: IRIs
 * stay the dataset's, while absolute URLs and links to minted IRIs use the web address.
 *
 * <pre>
 * ResourcePaths paths = new ResourcePaths("http://localhost:8080/");
 * paths.page("practice/0557C2");   // "/practice/0557C2"
 * paths.dataUrl("concept/interreg-ivc/priority/1", RdfFormat.TURTLE);   // "http://localhost:8080/data/concept/interreg-ivc/priority/1.ttl"
 * new ResourcePaths("http://localhost:8080/", "http://localhost:9000/")
 *         .webUrl("http://localhost:8080/id/practice/0557C2");   // "http://localhost:9000/id/practice/0557C2"
 * </pre>
 */
public final class ResourcePaths {
    private static final Pattern PRACTICE = Pattern.compile("practice/([^/]+)");
    private static final Pattern ARTICLE = Pattern.compile("article/([^/]+)");
    /** What a path of a minted IRI may hold once decoded: IRI characters that need no escaping anywhere. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@-]+(/[A-Za-z0-9._~!$&'()*+,;=:@-]+)*");

    private static final String GRAPH = "graph/";

    private final String base;
    private final String webAddress;

    /** Paths of a node served at its dataset base. */
    public ResourcePaths(String baseUri) {
        this(baseUri, baseUri);
    }

    /** Paths of a node served at {@code webAddress} over IRIs minted under {@code baseUri}; both end in '/'. */
    public ResourcePaths(String baseUri, String webAddress) {
        this.base = requireNonNull(baseUri, "baseUri");
        this.webAddress = requireNonNull(webAddress, "webAddress");
    }

    /** The dataset base: what every minted IRI starts with. */
    public String base() {
        return base;
    }

    /** Where this node is served. */
    public String webAddress() {
        return webAddress;
    }

    /** The URL that dereferences {@code iri} on this node: the same IRI under the web address if minted here, else the IRI. */
    public String webUrl(String iri) {
        return iri != null && iri.startsWith(base) ? webAddress + iri.substring(base.length()) : iri;
    }

    /**
     * True when {@code path} could be the path of a minted IRI; anything else (spaces, angle
     * brackets, empty segments) is refused before it gets near a query.
     */
    public static boolean wellFormed(String path) {
        return path != null && WELL_FORMED.matcher(path).matches();
    }

    /** The IRI minted for {@code path}. */
    public String iri(String path) {
        return path.startsWith(GRAPH) ? base + path : base + "id/" + path;
    }

    /**
     * The path of {@code iri} if the repository minted it: the part after {@code {base}id/}, or
     * {@code graph/...} for a named graph, whose fragment nodes share its path.
     */
    public Optional<String> path(String iri) {
        if (iri == null) {
            return Optional.empty();
        }
        String resources = base + "id/";
        if (iri.startsWith(resources) && iri.length() > resources.length()) {
            return Optional.of(iri.substring(resources.length()));
        }
        String graphs = base + GRAPH;
        if (iri.startsWith(graphs) && iri.length() > graphs.length()) {
            int hash = iri.indexOf('#');
            return Optional.of(iri.substring(base.length(), hash < 0 ? iri.length() : hash));
        }
        return Optional.empty();
    }

    /** True when {@code path} names a named graph rather than a resource under {@code id/}. */
    public static boolean isGraph(String path) {
        return path.startsWith(GRAPH);
    }

    /** The server path of the HTML page about {@code {base}id/{path}}. */
    public String page(String path) {
        var practice = PRACTICE.matcher(path);
        if (practice.matches()) {
            return Paths.practice(practice.group(1));
        }
        var article = ARTICLE.matcher(path);
        return article.matches() ? Paths.article(article.group(1)) : Paths.page(path);
    }

    /** True when {@code path} is shown on a page of its own (a practice's or a case study's), not the generic one. */
    public boolean ownPage(String path) {
        return PRACTICE.matcher(path).matches() || ARTICLE.matcher(path).matches();
    }

    /** The absolute URL of the HTML page about {@code {base}id/{path}}. */
    public String pageUrl(String path) {
        return absolute(page(path));
    }

    /** The absolute URL of the data document about {@code {base}id/{path}} in {@code format}. */
    public String dataUrl(String path, RdfFormat format) {
        return absolute(Paths.data(path, format.suffix()));
    }

    /**
     * Where a link to {@code iri} should go: its page if the repository minted it (the fragment
     * node of a graph to its place on the graph's page), else the IRI itself.
     */
    public String href(String iri) {
        int hash = iri.indexOf('#');
        return path(iri).map(p -> page(p) + (hash < 0 ? "" : iri.substring(hash))).orElse(iri);
    }

    /** {@code serverPath} (starting with '/') as an absolute URL under the web address. */
    public String absolute(String serverPath) {
        return webAddress + serverPath.substring(1);
    }
}

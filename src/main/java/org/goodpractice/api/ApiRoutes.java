package org.goodpractice.api;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.goodpractice.linkeddata.RdfFormat;
import org.goodpractice.search.SearchEngine;
import org.goodpractice.search.SearchRequest;
import org.goodpractice.search.SearchResults;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.web.Pages;
import org.goodpractice.web.ResourcePaths;

/**
 * The JSON API for application developers, beside SPARQL: search with the parameters and facets
 * of {@code /search}, one practice, the concepts of a scheme, and its OpenAPI 3.1 document and
 * page. Plain JSON with stable field names; every label with its language; readable from any
 * origin, no key.
 *
 * <pre>
 * ApiRoutes api = new ApiRoutes(new SearchEngine(index), store, pages, "http://localhost:8080/");
 * Javalin.create(config -&gt; api.register(config));
 * // GET /api/practices?q=science+park  →  {"total": 1, "items": [{"id": "0557C2", ...}], ...}
 * </pre>
 */
public final class ApiRoutes {
    public static final String PAGE = "/api";
    public static final String OPENAPI = "/api/openapi.json";
    public static final String PRACTICES = "/api/practices";
    public static final String PRACTICE = "/api/practices/{id}";
    public static final String CONCEPTS = "/api/concepts/{scheme}";
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern VALID_SCHEME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    /** The schemes of the sample data, named in the error for an unknown one. */
    private static final List<String> SCHEMES = List.of("priority", "sub-theme", "topic", "category", "programme", "indicator");
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

    private final SearchEngine engine;
    private final ApiRecords records;
    private final Pages pages;
    private final ResourcePaths paths;
    private final String openApi;

    public ApiRoutes(SearchEngine engine, SparqlStore store, Pages pages, ResourcePaths paths) {
        this.engine = requireNonNull(engine, "engine");
        this.records = new ApiRecords(requireNonNull(store, "store"));
        this.pages = requireNonNull(pages, "pages");
        this.paths = requireNonNull(paths, "paths");
        this.openApi = resource("/api/openapi.json");
    }

    public void register(JavalinConfig config) {
        config.routes.get(PAGE, ctx -> ctx.html(pages.render("api", ApiPage.model(openApi))));
        config.routes.get(OPENAPI, ctx -> send(ctx.contentType("application/json; charset=utf-8"), openApi));
        config.routes.get(PRACTICES, this::practices);
        config.routes.get(PRACTICE, this::practice);
        config.routes.get(CONCEPTS, this::concepts);
        config.routes.options(PAGE + "/*", ctx -> cors(ctx).header("Access-Control-Allow-Methods", "GET, OPTIONS")
                .header("Access-Control-Allow-Headers", "*").header("Access-Control-Max-Age", "86400").status(204));
        config.routes.exception(ApiException.class, (e, ctx) -> json(ctx.status(e.status()), error(e.status(), e.getMessage())));
    }

    private void practices(Context ctx) {
        SearchRequest request = SearchRequest.parse(ctx.queryParamMap());
        SearchResults results = engine.search(request);
        ApiSearch.Page page = ApiSearch.page(results, records, paths.webAddress(), paths.absolute(PRACTICES));
        if (!page.links().isEmpty()) {
            ctx.header("Link", page.links());
        }
        json(ctx, page.body());
    }

    private void practice(Context ctx) {
        String id = ctx.pathParam("id");
        if (!VALID_ID.matcher(id).matches()) {
            throw new ApiException(400, "Not a practice index: \"" + id + "\". An index is letters, digits, '.', '-' "
                    + "or '_' (at most 64), e.g. 0557C2.");
        }
        String iri = paths.iri("practice/" + id);
        Map<String, Object> fields = records.practice(iri)
                .orElseThrow(() -> new ApiException(404, "No practice has the index " + id + "."));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("iri", iri);
        body.put("type", "practice");
        body.put("page", paths.pageUrl("practice/" + id));
        body.put("data", paths.dataUrl("practice/" + id, RdfFormat.JSONLD));
        fields.forEach((field, value) -> body.putIfAbsent(field, value));
        json(ctx, body);
    }

    private void concepts(Context ctx) {
        String scheme = ctx.pathParam("scheme");
        if (!VALID_SCHEME.matcher(scheme).matches()) {
            throw new ApiException(400, "Not a scheme name: \"" + scheme + "\". Use lower-case letters, digits and '-', "
                    + "e.g. sub-theme.");
        }
        Map<String, Object> found = records.scheme(paths.iri("scheme/" + scheme))
                .orElseThrow(() -> new ApiException(404, "No concept scheme is called " + scheme
                        + ". Schemes: " + String.join(", ", SCHEMES) + "."));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scheme", scheme);
        body.putAll(found);
        json(ctx, body);
    }

    private static Map<String, Object> error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        return body;
    }

    private static void json(Context ctx, Object body) {
        send(ctx.contentType("application/json; charset=utf-8"), GSON.toJson(body));
    }

    private static void send(Context ctx, String json) {
        cors(ctx).result(json);
    }

    /** Reads are open to any origin: the data is public, and no request carries credentials. */
    private static Context cors(Context ctx) {
        return ctx.header("Access-Control-Allow-Origin", "*").header("Access-Control-Expose-Headers", "Link");
    }

    private static String resource(String path) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}

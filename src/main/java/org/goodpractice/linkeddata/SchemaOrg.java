package org.goodpractice.linkeddata;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;

/**
 * The schema.org description of a practice as JSON-LD, ready to sit inside
 * {@code <script type="application/ld+json">} on its page. Record text cannot end the script
 * element: every {@code <}, {@code >} and {@code &} is written as a JSON unicode escape.
 *
 * <pre>
 * Optional&lt;String&gt; json = new SchemaOrg(store, "http://localhost:8080/").practice(iri, pageUrl);
 * </pre>
 */
public final class SchemaOrg {
    private static final Query PRACTICE = Queries.load("schema-org");
    private static final JsonObject FRAME = Json.createObjectBuilder()
            .add("@context", Json.createObjectBuilder().add("@vocab", "https://schema.org/"))
            .add("@type", "CreativeWork")
            .build();

    private final SparqlStore store;
    private final String base;

    public SchemaOrg(SparqlStore store, String baseUri) {
        this.store = requireNonNull(store, "store");
        this.base = requireNonNull(baseUri, "baseUri");
    }

    /** The JSON-LD for the practice {@code iri} whose page is {@code pageUrl}; empty if there is no such practice. */
    public Optional<String> practice(String iri, String pageUrl) {
        Model model = store.construct(Queries.bind(PRACTICE, Map.of(
                "practice", NodeFactory.createURI(requireNonNull(iri, "iri")),
                "page", NodeFactory.createURI(requireNonNull(pageUrl, "pageUrl")),
                "dataset", NodeFactory.createURI(DatasetDescription.datasetIri(base)))));
        if (model.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scriptSafe(RdfDocuments.pretty(frame(model))));
    }

    private static JsonObject frame(Model model) {
        try {
            return JsonLd.frame(RdfDocuments.jsonLd(model), JsonDocument.of(FRAME)).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("Cannot frame the schema.org JSON-LD: " + e.getMessage(), e);
        }
    }

    /** JSON that an HTML parser cannot end early: {@code <}, {@code >}, {@code &} only as escapes. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}

package org.goodpractice.linkeddata;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.goodpractice.vocab.Prefixes;

/**
 * Writes RDF documents in each {@link RdfFormat}. JSON-LD is compacted against the repository's
 * published context ({@code {base}context.jsonld}) and refers to it by URL, so every JSON-LD
 * document shares one set of prefixes.
 *
 * <pre>
 * RdfDocuments documents = new RdfDocuments("http://localhost:8080/context.jsonld");
 * byte[] turtle = documents.write(model, RdfFormat.TURTLE);
 * </pre>
 */
public final class RdfDocuments {
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final String contextUrl;

    public RdfDocuments(String contextUrl) {
        this.contextUrl = requireNonNull(contextUrl, "contextUrl");
    }

    /** The published JSON-LD context: the repository's prefixes as term definitions. */
    public static JsonObject context() {
        JsonObjectBuilder terms = Json.createObjectBuilder();
        Prefixes.COMMON.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> terms.add(e.getKey(), e.getValue()));
        return Json.createObjectBuilder().add("@context", terms).build();
    }

    /** {@code model} in {@code format}, UTF-8, with the repository's prefixes. */
    public byte[] write(Model model, RdfFormat format) {
        requireNonNull(model, "model");
        model.setNsPrefixes(Prefixes.COMMON);
        if (format == RdfFormat.JSONLD) {
            JsonObjectBuilder linked = Json.createObjectBuilder().add("@context", contextUrl);
            compact(model, context()).forEach((key, value) -> {
                if (!key.equals("@context")) {
                    linked.add(key, value);
                }
            });
            return pretty(linked.build()).getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format.lang());
        return out.toByteArray();
    }

    /** {@code model} as JSON-LD compacted against {@code context} (a JSON object with an {@code @context} key). */
    static JsonObject compact(Model model, JsonObject context) {
        try {
            return JsonLd.compact(jsonLd(model), JsonDocument.of(context)).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("Cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    /** {@code model} as a JSON-LD document, as Jena writes it, for Titanium to compact or frame. */
    static JsonDocument jsonLd(Model model) throws JsonLdError {
        StringWriter json = new StringWriter();
        RDFDataMgr.write(json, model, RDFFormat.JSONLD);
        return JsonDocument.of(new StringReader(json.toString()));
    }

    static String pretty(JsonStructure json) {
        StringWriter out = new StringWriter();
        PRETTY.createWriter(out).write(json);
        return out.toString().strip() + "\n";
    }
}

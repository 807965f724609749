package org.goodpractice.linkeddata;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
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

    /** Up to this many triples a document is compacted against the context; larger ones are written expanded. */
    static final int COMPACTED = 2_000;

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
        if (format == RdfFormat.JSONLD && model.size() > COMPACTED) {
            return pretty(expanded(model)).getBytes(StandardCharsets.UTF_8);
        }
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

    /**
     * {@code model} in expanded JSON-LD, node by node: time linear in its size, where compaction
     * took 4 minutes for one practice with 50,000 topics.
     */
    static JsonArray expanded(Model model) {
        Map<String, JsonObjectBuilder> nodes = new LinkedHashMap<>();
        Map<String, Map<String, JsonArrayBuilder>> values = new LinkedHashMap<>();
        model.listStatements().forEach(st -> {
            String subject = id(st.getSubject());
            values.computeIfAbsent(subject, k -> new LinkedHashMap<>())
                    .computeIfAbsent(st.getPredicate().getURI(), k -> Json.createArrayBuilder()).add(value(st.getObject()));
        });
        JsonArrayBuilder graph = Json.createArrayBuilder();
        values.forEach((subject, properties) -> {
            JsonObjectBuilder node = nodes.computeIfAbsent(subject, k -> Json.createObjectBuilder().add("@id", k));
            properties.forEach((property, objects) -> {
                if (property.equals(RDF.type.getURI())) {
                    JsonArrayBuilder types = Json.createArrayBuilder();
                    objects.build().forEach(o -> types.add(o.asJsonObject().getString("@id")));
                    node.add("@type", types);
                } else {
                    node.add(property, objects);
                }
            });
            graph.add(node);
        });
        return graph.build();
    }

    private static String id(Resource resource) {
        return resource.isAnon() ? "_:b" + resource.getId().getLabelString().replaceAll("[^A-Za-z0-9]", "") : resource.getURI();
    }

    private static JsonObject value(RDFNode node) {
        if (node.isResource()) {
            return Json.createObjectBuilder().add("@id", id(node.asResource())).build();
        }
        Literal literal = node.asLiteral();
        JsonObjectBuilder value = Json.createObjectBuilder().add("@value", literal.getLexicalForm());
        if (!literal.getLanguage().isEmpty()) {
            value.add("@language", literal.getLanguage());
        } else if (!literal.getDatatypeURI().equals(XSD.xstring.getURI())) {
            value.add("@type", literal.getDatatypeURI());
        }
        return value.build();
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

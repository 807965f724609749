package org.goodpractice.linkeddata;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.goodpractice.catalog.Link;
import org.goodpractice.catalog.PracticeView;

/**
 * The schema.org description of a practice as JSON-LD, ready to sit inside
 * {@code <script type="application/ld+json">} on its page. It is written straight from the
 * practice as its page shows it: a CONSTRUCT query and JSON-LD framing cost more than the rest
 * of a first page view (see bench/README.md). Record text cannot end the script element: every
 * {@code <}, {@code >} and {@code &} is written as a JSON unicode escape.
 *
 * <pre>
 * String json = new SchemaOrg("http://localhost:8080/").practice(practiceView, pageUrl);
 * </pre>
 */
public final class SchemaOrg {
    private static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private final String dataset;

    public SchemaOrg(String baseUri) {
        this.dataset = DatasetDescription.datasetIri(requireNonNull(baseUri, "baseUri"));
    }

    /** The JSON-LD for {@code practice}, whose page is {@code pageUrl}. */
    public String practice(PracticeView practice, String pageUrl) {
        requireNonNull(practice, "practice");
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", Json.createObjectBuilder().add("@vocab", "https://schema.org/"))
                .add("@id", practice.iri())
                .add("@type", "CreativeWork")
                .add("name", practice.title())
                .add("identifier", practice.id())
                .add("url", requireNonNull(pageUrl, "pageUrl"))
                .add("license", reference(LICENCE))
                .add("isPartOf", reference(dataset));
        if (!practice.description().isEmpty()) {
            json.add("description", String.join("\n\n", practice.description()));
        }
        if (!practice.topics().isEmpty()) {
            json.add("keywords", Json.createArrayBuilder(practice.topics()));
        }
        if (practice.start() != null) {
            json.add("temporalCoverage", practice.start() + "/" + (practice.end() != null ? practice.end() : ".."));
        }
        List<Link> concepts = Stream.of(practice.priority(), practice.subTheme()).filter(Objects::nonNull).toList();
        if (!concepts.isEmpty()) {
            JsonArrayBuilder about = Json.createArrayBuilder();
            concepts.forEach(concept -> about.add(Json.createObjectBuilder()
                    .add("@id", concept.iri()).add("@type", "DefinedTerm").add("name", concept.label())));
            json.add("about", about);
        }
        if (practice.location() != null && practice.location().text() != null) {
            json.add("spatialCoverage", Json.createObjectBuilder().add("@id", practice.location().iri())
                    .add("@type", "Place").add("name", practice.location().text()));
        }
        return scriptSafe(json.build().toString());
    }

    private static JsonObjectBuilder reference(String iri) {
        return Json.createObjectBuilder().add("@id", iri);
    }

    /** JSON that an HTML parser cannot end early: {@code <}, {@code >}, {@code &} only as escapes. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}

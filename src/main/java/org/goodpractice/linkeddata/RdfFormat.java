package org.goodpractice.linkeddata;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/** The RDF serialisations every data document is offered in, with their media type and file suffix. */
public enum RdfFormat {
    TURTLE("Turtle", "text/turtle", "ttl", Lang.TURTLE),
    JSONLD("JSON-LD", "application/ld+json", "jsonld", Lang.JSONLD),
    RDFXML("RDF/XML", "application/rdf+xml", "rdf", Lang.RDFXML),
    NTRIPLES("N-Triples", "application/n-triples", "nt", Lang.NTRIPLES);

    private final String label;
    private final String mediaType;
    private final String suffix;
    private final Lang lang;

    RdfFormat(String label, String mediaType, String suffix, Lang lang) {
        this.label = label;
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
    }

    /** The format's name for people, e.g. {@code RDF/XML}. */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file suffix without its dot, e.g. {@code ttl}. */
    public String suffix() {
        return suffix;
    }

    /** The Content-Type header value: RDF text is always written as UTF-8. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    public Lang lang() {
        return lang;
    }

    public static Optional<RdfFormat> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    public static Optional<RdfFormat> byMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }
}

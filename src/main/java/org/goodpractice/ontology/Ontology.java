package org.goodpractice.ontology;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.goodpractice.vocab.GP;

/**
 * The ontology and the programme concept schemes shipped in {@code ontology/}, loaded for one
 * base URI. The schemes use relative IRIs so that concepts are minted under the base of the
 * repository that publishes them.
 *
 * <pre>
 * Model ontology = Ontology.load("http://localhost:8080/");
 * String graph = Ontology.graphIri("http://localhost:8080/");
 * </pre>
 */
public final class Ontology {
    /** Files under {@code ontology/} (and on the class path) that make up the ontology graph. */
    public static final List<String> FILES = List.of(
            "goodpractice.ttl", "interreg-ivc.ttl", "interreg-europe.ttl", "indicators.ttl", "programmes.ttl");

    private Ontology() {
    }

    /** The named graph that holds the ontology and concept schemes in a store. */
    public static String graphIri(String baseUri) {
        return baseUri + "graph/ontology";
    }

    /** Parses every ontology file, resolving relative IRIs against {@code baseUri}. */
    public static Model load(String baseUri) {
        requireNonNull(baseUri, "baseUri");
        Model model = ModelFactory.createDefaultModel();
        for (String file : FILES) {
            parse(file, baseUri, model);
        }
        return model;
    }

    /** The ontology's own terms ({@code goodpractice.ttl}) without the programme schemes; all its IRIs are absolute. */
    public static Model vocabulary() {
        Model model = ModelFactory.createDefaultModel();
        parse("goodpractice.ttl", GP.NS, model);
        return model;
    }

    private static void parse(String file, String baseUri, Model into) {
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(baseUri).parse(into);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read ontology file " + file, e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = Ontology.class.getResourceAsStream("/ontology/" + file);
        if (in == null) {
            throw new IllegalStateException("Ontology file ontology/" + file + " is missing from the class path");
        }
        return in;
    }
}

package org.goodpractice.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the W3C SPARQL 1.1 Service Description vocabulary ({@code http://www.w3.org/ns/sparql-service-description#})
 * used to describe the public endpoint, and the W3C format IRIs it names.
 */
public final class SD {
    /** The namespace of the Service Description vocabulary. */
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";

    /** A SPARQL service reachable through the SPARQL protocol. */
    public static final Resource Service = resource("Service");

    /** The SPARQL 1.1 Query language, as a supported language. */
    public static final Resource SPARQL11Query = resource("SPARQL11Query");

    /** The feature of a service whose default graph is the union of its named graphs. */
    public static final Resource UnionDefaultGraph = resource("UnionDefaultGraph");

    /** A dataset: a default graph and named graphs. */
    public static final Resource Dataset = resource("Dataset");

    /** A graph, here the default graph of the dataset. */
    public static final Resource Graph = resource("Graph");

    /** A graph of the dataset with a name. */
    public static final Resource NamedGraph = resource("NamedGraph");

    /** A named graph of a dataset. */
    public static final Property namedGraph = property("namedGraph");

    /** The name (IRI) of a named graph. */
    public static final Property name = property("name");

    /** The graph a named graph names. */
    public static final Property graph = property("graph");

    /** The protocol endpoint of a service. */
    public static final Property endpoint = property("endpoint");

    /** A query or update language the service supports. */
    public static final Property supportedLanguage = property("supportedLanguage");

    /** A result format the service can return (a W3C format IRI). */
    public static final Property resultFormat = property("resultFormat");

    /** A feature the service has, such as {@link #UnionDefaultGraph}. */
    public static final Property feature = property("feature");

    /** The dataset queries run against when they name none. */
    public static final Property defaultDataset = property("defaultDataset");

    /** The default graph of a dataset. */
    public static final Property defaultGraph = property("defaultGraph");

    /** The W3C IRI naming a format, e.g. {@code format("Turtle")}. */
    public static Resource format(String name) {
        return ResourceFactory.createResource("http://www.w3.org/ns/formats/" + name);
    }

    private SD() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}

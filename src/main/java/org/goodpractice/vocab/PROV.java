package org.goodpractice.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C PROV-O ({@code http://www.w3.org/ns/prov#}) used for the provenance of record graphs. */
public final class PROV {
    /** The namespace of PROV-O. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** A thing with provenance: here a record graph, or the source file it was read from. */
    public static final Resource Entity = resource("Entity");

    /** Something that occurs over time and produces entities: here one import of one file. */
    public static final Resource Activity = resource("Activity");

    /** Software that carries out activities: here the importer, at one version. */
    public static final Resource SoftwareAgent = resource("SoftwareAgent");

    /** The entity an entity was derived from: the record graph from its source file. */
    public static final Property wasDerivedFrom = property("wasDerivedFrom");

    /** The activity that generated an entity. */
    public static final Property wasGeneratedBy = property("wasGeneratedBy");

    /** When an entity was generated (xsd:dateTime). */
    public static final Property generatedAtTime = property("generatedAtTime");

    /** The entity an activity used. */
    public static final Property used = property("used");

    /** The agent responsible for an activity. */
    public static final Property wasAssociatedWith = property("wasAssociatedWith");

    /** A version and the version it revises. */
    public static final Property wasRevisionOf = property("wasRevisionOf");

    /** Who a version is attributed to. */
    public static final Property wasAttributedTo = property("wasAttributedTo");

    /** A version and the record it is a version of. */
    public static final Property specializationOf = property("specializationOf");

    public static final Resource Agent = resource("Agent");

    /** When an activity ended (xsd:dateTime). */
    public static final Property endedAtTime = property("endedAtTime");

    private PROV() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}

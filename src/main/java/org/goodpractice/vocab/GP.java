package org.goodpractice.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the good-practice ontology, {@code ontology/goodpractice.ttl}.
 * Only terms that no standard vocabulary provides live here.
 */
public final class GP {
    /** The namespace of the ontology's own terms. */
    public static final String NS = "https://w3id.org/goodpractice/ns#";

    /** The ontology itself. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/goodpractice/ns");

    /** A policy, project or initiative recorded as a good practice (e.g. an Interreg IVC annex). */
    public static final Resource GoodPractice = resource("GoodPractice");

    /** The programme priority under which a practice is recorded; a SKOS concept. */
    public static final Property priority = property("priority");

    /** The programme sub-theme a practice addresses; a SKOS concept narrower than a priority. */
    public static final Property subTheme = property("subTheme");

    /** The record's own account of why the practice is successful, as text. */
    public static final Property evidenceOfSuccess = property("evidenceOfSuccess");

    /** A person to contact for further information on the practice. */
    public static final Property contactPerson = property("contactPerson");

    /** The organisation to contact for further information on the practice. */
    public static final Property contactOrganisation = property("contactOrganisation");

    /** The date the source annex was completed. */
    public static final Property annexCompleted = property("annexCompleted");

    private GP() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}

package org.goodpractice.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the W3C ISA Core Location Vocabulary ({@code http://www.w3.org/ns/locn#}) used for
 * locations as written in a record, before they are resolved to standard identifiers.
 */
public final class LOCN {
    /** The namespace of the Core Location Vocabulary. */
    public static final String NS = "http://www.w3.org/ns/locn#";

    /** An address: here, a location as written in the source record. */
    public static final Resource Address = ResourceFactory.createResource(NS + "Address");

    /** The whole location text as it appeared in the record. */
    public static final Property fullAddress = property("fullAddress");

    /** The country part of the location, as written. */
    public static final Property adminUnitL1 = property("adminUnitL1");

    /** The region part of the location (one value per region named), as written. */
    public static final Property adminUnitL2 = property("adminUnitL2");

    /** The city or locality part of the location, as written. */
    public static final Property postName = property("postName");

    private LOCN() {
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}

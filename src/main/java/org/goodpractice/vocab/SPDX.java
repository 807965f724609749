package org.goodpractice.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the SPDX 2.3 RDF vocabulary ({@code http://spdx.org/rdf/terms#}) used for file checksums. */
public final class SPDX {
    /** The namespace of the SPDX vocabulary. */
    public static final String NS = "http://spdx.org/rdf/terms#";

    /** A checksum of a file's bytes. */
    public static final Resource Checksum = ResourceFactory.createResource(NS + "Checksum");

    /** Links a file to a checksum of it. */
    public static final Property checksum = ResourceFactory.createProperty(NS, "checksum");

    /** The algorithm of a checksum. */
    public static final Property algorithm = ResourceFactory.createProperty(NS, "algorithm");

    /** The checksum itself, as lower-case hexadecimal. */
    public static final Property checksumValue = ResourceFactory.createProperty(NS, "checksumValue");

    /** The SHA-256 algorithm. */
    public static final Resource checksumAlgorithm_sha256 = ResourceFactory.createResource(NS + "checksumAlgorithm_sha256");

    private SPDX() {
    }
}

package org.goodpractice.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Basic Geo vocabulary ({@code http://www.w3.org/2003/01/geo/wgs84_pos#}): plain latitude and longitude. */
public final class WGS84 {
    /** The namespace of the Basic Geo vocabulary. */
    public static final String NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";

    /** Latitude in decimal degrees, WGS84. */
    public static final Property lat = ResourceFactory.createProperty(NS, "lat");

    /** Longitude in decimal degrees, WGS84. */
    public static final Property long_ = ResourceFactory.createProperty(NS, "long");

    private WGS84() {
    }
}

package org.goodpractice.vocab;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of OGC GeoSPARQL 1.1 ({@code http://www.opengis.net/ont/geosparql#}) used for city points. */
public final class GEO {
    /** The namespace of the GeoSPARQL ontology. */
    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    /** A geometry: here the point of a city. */
    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");

    /** Links a feature (a city) to its geometry. */
    public static final Property hasGeometry = ResourceFactory.createProperty(NS, "hasGeometry");

    /** The geometry as Well-Known Text, e.g. {@code "POINT(-1.89983 52.48142)"^^geo:wktLiteral} (longitude first, CRS84). */
    public static final Property asWKT = ResourceFactory.createProperty(NS, "asWKT");

    /** The datatype of WKT literals, as Jena's parsers register it, so that written and parsed literals are equal. */
    public static final RDFDatatype wktLiteral = TypeMapper.getInstance().getSafeTypeByName(NS + "wktLiteral");

    private GEO() {
    }
}

package org.goodpractice.vocab;

import java.util.Map;

/** Namespace prefixes used when the repository writes RDF for people to read. */
public final class Prefixes {
    public static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("gp", GP.NS),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("schema", "https://schema.org/"),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("locn", LOCN.NS),
            Map.entry("prov", PROV.NS),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("geo", GEO.NS),
            Map.entry("wgs84", WGS84.NS),
            Map.entry("spdx", SPDX.NS),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("void", "http://rdfs.org/ns/void#"),
            Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
            Map.entry("sd", SD.NS),
            Map.entry("vann", "http://purl.org/vocab/vann/"));

    private Prefixes() {
    }
}

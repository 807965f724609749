package org.goodpractice.search;

/** A locality from the gazetteer with its coordinates (WGS84 degrees), or NaN when it has none. */
public record Place(String iri, String label, double lat, double lon) {

    public boolean located() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
}

package org.goodpractice.ingest;

import org.goodpractice.place.Cities.City;
import org.goodpractice.place.PlaceNames;

/** The IRIs the repository mints, all under its base URI. */
public final class Iris {
    /** The path under the base of every gazetteer city. */
    public static final String PLACE = "id/place/";

    private Iris() {
    }

    public static String practice(String base, String index) {
        return base + "id/practice/" + index;
    }

    /** The named graph that holds everything one practice record says. */
    public static String practiceGraph(String base, String index) {
        return base + "graph/practice/" + index;
    }

    public static String article(String base, String slug) {
        return base + "id/article/" + slug;
    }

    /** The named graph that holds everything one article says. */
    public static String articleGraph(String base, String slug) {
        return base + "graph/article/" + slug;
    }

    /** An article category, e.g. "LEPs" gives {base}id/concept/category/leps. */
    public static String category(String base, String label) {
        return base + "id/concept/category/" + slug(label);
    }

    public static String person(String base, String name) {
        return base + "id/person/" + slug(name);
    }

    public static String organisation(String base, String name) {
        return base + "id/organisation/" + slug(name);
    }

    /** The {@code n}th (1-based) quantitative indicator read from a record's text. */
    public static String indicator(String recordIri, int n) {
        return recordIri + "/indicator/" + n;
    }

    /** A city of the gazetteer, e.g. {@code {base}id/place/birmingham-gb}. */
    public static String place(String base, City city) {
        return base + PLACE + city.slug();
    }

    /** The named graph that holds the gazetteer entries the records use. */
    public static String gazetteerGraph(String base) {
        return base + "graph/gazetteer";
    }

    /** Lower-case ASCII words joined by '-', e.g. "Łódź Science Park (ŁSP)" gives "lodz-science-park-lsp". */
    public static String slug(String text) {
        return PlaceNames.slug(text);
    }
}

package org.goodpractice.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** The IRIs the repository mints, all under its base URI. */
public final class Iris {
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

    /** Lower-case ASCII words joined by '-', e.g. "Łódź Science Park (ŁSP)" gives "lodz-science-park-lsp". */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
                .replace("ß", "ss").replace("đ", "d").replace("ı", "i").replace("þ", "th");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}

package org.goodpractice.place;

import java.text.Normalizer;
import java.util.Locale;

/** How place names are compared: ignoring case, accents, punctuation and letters that do not decompose. */
public final class PlaceNames {
    private PlaceNames() {
    }

    /**
     * The matching key of {@code name}: lower-case letters and digits without accents, single spaces
     * between words, e.g. "BORDER, MIDLAND AND WESTERN" and "Border Midland and Western" give the
     * same key, as do "ŁÓDZKIE" and "Lodzkie". Mirrored in {@code scripts/gazetteer/build-gazetteer.mjs}.
     */
    public static String key(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
                .replace("ß", "ss").replace("đ", "d").replace("ı", "i").replace("þ", "th");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** {@code key(name)} with words joined by '-', for IRIs: "Łódź" gives "lodz". */
    public static String slug(String name) {
        String s = key(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}

package org.goodpractice.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How place names are compared: ignoring case, accents, punctuation and letters that do not decompose. */
public final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

    private PlaceNames() {
    }

    /**
     * The matching key of {@code name}: lower-case letters and digits without accents, single spaces
     * between words, e.g. "BORDER, MIDLAND AND WESTERN" and "Border Midland and Western" give the
     * same key, as do "ŁÓDZKIE" and "Lodzkie". Mirrored in {@code scripts/gazetteer/build-gazetteer.mjs}.
     */
    public static String key(String name) {
        return name.chars().allMatch(c -> c < 0x80) ? asciiKey(name) : anyKey(name);
    }

    static String anyKey(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
                .replace("ß", "ss").replace("đ", "d").replace("ı", "i").replace("þ", "th");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(s).replaceAll(" ").strip();
    }

    /** {@link #key} of ASCII text in one pass, as the gazetteer's tens of thousands of names are keyed at every start. */
    static String asciiKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !key.isEmpty()) {
                    key.append(' ');
                }
                key.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    /** {@code key(name)} with words joined by '-', for IRIs: "Łódź" gives "lodz". */
    public static String slug(String name) {
        String s = EDGE_DASHES.matcher(NOT_SLUG.matcher(key(name)).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "unnamed" : s;
    }
}

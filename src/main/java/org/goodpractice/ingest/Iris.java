package org.goodpractice.ingest;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;
import org.goodpractice.Lazy;
import org.goodpractice.place.Cities.City;
import org.goodpractice.place.PlaceNames;

/** The IRIs the repository mints, all under its base URI. */
public final class Iris {
    /** Longest identifier minted from a title, as the shapes allow at most 64 characters. */
    public static final int MAX_MINTED_ID_CHARS = 60;
    /** The path under the base of every gazetteer city. */
    public static final String PLACE = "id/place/";
    /** Made on first use, for text {@link #keyedAlike} cannot read; not safe for concurrent use, hence the lock around it. */
    private static final Lazy<Transliterator> TO_LATIN = Lazy.of(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private static final Pattern ASCII_LETTERS = Pattern.compile("[a-z]+");

    /** What a practice identifier may be, checked before a typed or given one becomes an IRI: one URL path segment. */
    public static final Pattern PRACTICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,199}");

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

    /**
     * The identifier minted from a record's title: its {@link #slug}, cut at a word to
     * {@value #MAX_MINTED_ID_CHARS} characters; when another record holds it ({@code taken}), the
     * first of {@code -2}, {@code -3}… that none does, so re-importing a file keeps its id.
     */
    public static String mintedId(String title, Predicate<String> taken) {
        String slug = slug(title);
        if (slug.length() > MAX_MINTED_ID_CHARS) {
            int cut = slug.lastIndexOf('-', MAX_MINTED_ID_CHARS);
            slug = slug.substring(0, cut > 0 ? cut : MAX_MINTED_ID_CHARS);
        }
        String id = slug;
        for (int n = 2; taken.test(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    /**
     * Lower-case ASCII words joined by '-', read out of any script: "Łódź Science Park (ŁSP)" gives
     * "lodz-science-park-lsp", "Καινοτομία στην Αθήνα" gives "kainotomia-sten-athena" and
     * "Иновации в София" gives "inovacii-v-sofia", so records in different scripts get different ids.
     */
    public static String slug(String text) {
        return PlaceNames.slug(text.chars().allMatch(Iris::keyedAlike) ? text : latin(text));
    }

    /**
     * Whether {@link PlaceNames#slug} reads {@code c} as the transliterator would, so that text made
     * only of such characters need not be transliterated: ASCII; a letter it decomposes to ASCII
     * letters ("é", "Ł", "ß"); punctuation and spaces, which both make a separator. The transliterator
     * is made only for other scripts and signs, as building it costs an import of one file half a second.
     * {@code IrisTest} checks this against the transliterator for every Latin character.
     */
    static boolean keyedAlike(int c) {
        if (c < 0x80) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER ->
                    ASCII_LETTERS.matcher(PlaceNames.key(Character.toString(c))).matches();
            case Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.CONNECTOR_PUNCTUATION, Character.SPACE_SEPARATOR -> true;
            default -> false;
        };
    }

    private static String latin(String text) {
        Transliterator toLatin = TO_LATIN.get();
        synchronized (toLatin) {
            return toLatin.transliterate(text);
        }
    }
}

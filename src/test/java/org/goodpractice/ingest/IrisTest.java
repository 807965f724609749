package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.Transliterator;
import org.goodpractice.place.PlaceNames;
import org.junit.jupiter.api.Test;

class IrisTest {
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /** Every character read without the transliterator gives the slug the transliterator would, in any position and case. */
    @Test
    void charactersReadWithoutTheTransliteratorSlugAsItWould() {
        List<String> differing = new ArrayList<>();
        int alike = 0;
        for (int[] range : new int[][] {{0x80, 0x2FF}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x3000, 0x303F}}) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (!Iris.keyedAlike(c)) {
                    continue;
                }
                alike++;
                String ch = Character.toString(c);
                for (String text : List.of(ch, "Ab" + ch + "cd", "AB" + ch + "CD", ch + "x " + ch + ch)) {
                    String expected = PlaceNames.slug(TO_LATIN.transliterate(text));
                    if (!expected.equals(Iris.slug(text))) {
                        differing.add(String.format("U+%04X in \"%s\": %s, not %s", c, text, Iris.slug(text), expected));
                    }
                }
            }
        }
        assertEquals(List.of(), differing);
        assertTrue(alike > 400, "the Latin letters with accents are read without the transliterator, not " + alike);
    }

    @Test
    void otherScriptsAndSignsGoThroughTheTransliterator() {
        assertFalse(Iris.keyedAlike('Α'));
        assertFalse(Iris.keyedAlike('ð'));
        assertFalse(Iris.keyedAlike('½'));
        assertEquals("kainotomia-sten-athena", Iris.slug("Καινοτομία στην Αθήνα"));
        assertEquals("inovacii-v-sofia", Iris.slug("Иновации в София"));
        assertEquals("c-2024-1-2", Iris.slug("© 2024 ½"));
    }

    @Test
    void latinTextKeepsTheSlugItHadBefore() {
        assertTrue("Łódź Science Park (ŁSP) – “Æsir” Straße".chars().allMatch(Iris::keyedAlike));
        assertEquals("lodz-science-park-lsp-aesir-strasse", Iris.slug("Łódź Science Park (ŁSP) – “Æsir” Straße"));
    }
}

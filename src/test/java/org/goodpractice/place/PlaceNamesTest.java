package org.goodpractice.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    /** The one-pass key of ASCII text is the key the general rules give, on every kind of ASCII character. */
    @Test
    void asciiKeyIsTheGeneralKey() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                name.append((char) random.nextInt(0x80));
            }
            assertEquals(PlaceNames.anyKey(name.toString()), PlaceNames.asciiKey(name.toString()), name::toString);
        }
        assertEquals("border midland and western", PlaceNames.key(" BORDER, MIDLAND-and  Western. "));
        assertEquals("lodzkie", PlaceNames.key("ŁÓDZKIE"));
    }
}

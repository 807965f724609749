package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.jknack.handlebars.EscapingStrategy;
import org.junit.jupiter.api.Test;

/** The one-pass escaping gives exactly what Handlebars' default escaping gives. */
class HtmlEscapeTest {
    private final HtmlEscape escape = new HtmlEscape();

    @Test
    void escapesAsHandlebarsDefaultDoes() {
        String everyAscii = IntStream.range(1, 128).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
        for (String text : List.of(everyAscii, "<script>alert(1)</script>", "<b onmouseover=alert(3)>bold</b>",
                "Łódź & Umeå: \"R&D\" 'ok' `x`", "&amp; already", "ends with <", "")) {
            assertEquals(EscapingStrategy.HBS4.escape(text).toString(), escape.escape(text).toString(), text);
        }
    }

    @Test
    void textWithNothingToEscapeIsHandedBack() {
        String text = "Cutting water losses in Milano, 2009–2014";
        assertSame(text, escape.escape(text));
    }
}

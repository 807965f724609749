package org.goodpractice.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnegTest {
    private static final List<String> OFFERS = List.of("text/html", "text/turtle", "application/ld+json",
            "application/rdf+xml", "application/n-triples");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "text/turtle | text/turtle",
            "TEXT/Turtle | text/turtle",
            "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#compacted\" | application/ld+json",
            "application/rdf+xml;q=0.9, text/turtle;q=0.5, */*;q=0.1 | application/rdf+xml",
            "text/turtle;q=0.5, application/n-triples | application/n-triples",
            "*/* | text/html",
            "application/* | application/ld+json",
            "text/*;q=0.9, text/turtle;q=0.2 | text/html",
            "text/turtle;q=0, */* | text/html",
            "text/html;q=0, text/turtle;q=0, */*;q=0.5 | application/ld+json",
            "image/png | NONE",
            "text/turtle;q=0 | NONE",
            "garbage, text/turtle;q=0.3 | text/turtle",
            ";;; | NONE",
            "; , ;;, text/turtle | text/turtle",
            "/, */, /*, ;q=1 | NONE",
            "text/turtle;q=abc, application/rdf+xml;q=0.1 | application/rdf+xml"})
    void theMostPreferredAcceptableOfferWins(String accept, String expected) {
        assertEquals(Optional.ofNullable(expected), Conneg.choose(accept, OFFERS));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(nullValues = "NONE", value = {"NONE", "''", "'   '"})
    void noAcceptHeaderTakesTheFirstOffer(String accept) {
        assertEquals(Optional.of("text/html"), Conneg.choose(accept, OFFERS));
    }
}

package org.goodpractice.evidence;

import org.goodpractice.vocab.GP;

/** How a stated number relates to the true value: "over 500" is at least 500. Absent when the number is exact. */
public enum Qualifier {
    /** "over", "more than", "at least", "in excess of": the value is a lower bound. */
    AT_LEAST("atLeast", "at least"),
    /** "up to", "at most", "less than", "below": the value is an upper bound. */
    AT_MOST("atMost", "at most"),
    /** "around", "about", "approximately", "an estimated": the value is a rounded estimate. */
    APPROXIMATELY("approximately", "about"),
    /** "nearly", "almost", "close to": the true value is a little below. */
    NEARLY("nearly", "nearly");

    private final String localName;
    private final String label;

    Qualifier(String localName, String label) {
        this.localName = localName;
        this.label = label;
    }

    /** The individual in the good-practice ontology, e.g. gp:atLeast. */
    public String iri() {
        return GP.NS + localName;
    }

    public String label() {
        return label;
    }
}

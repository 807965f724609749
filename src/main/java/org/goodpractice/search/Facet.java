package org.goodpractice.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The dimensions search results can be narrowed by. Each has the query-string parameter that
 * selects its values and the name shown above its counts.
 */
public enum Facet {
    TYPE("type", "Record type"),
    /** The programme whose record it is (Interreg IVC, Interreg Europe), rolled up to the programme family. */
    PROGRAMME("programme", "Programme"),
    PRIORITY("priority", "Priority"),
    SUB_THEME("sub-theme", "Sub-theme"),
    COUNTRY("country", "Country"),
    REGION("region", "Region"),
    /** Decades of the start date; selected as a year range through {@code from} and {@code to}. */
    DECADE("decade", "Start year");

    private final String param;
    private final String label;

    Facet(String param, String label) {
        this.param = param;
        this.label = label;
    }

    /** The query-string parameter, also the Lucene facet dimension. */
    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    /** Facets chosen by picking values (every one but {@link #DECADE}, which is a range). */
    public boolean byValue() {
        return this != DECADE;
    }

    public static Optional<Facet> byParam(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }
}

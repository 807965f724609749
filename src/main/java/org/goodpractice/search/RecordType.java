package org.goodpractice.search;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of record the repository publishes, as the type facet names them. */
public enum RecordType {
    PRACTICE("practice", "Practice"),
    CASE_STUDY("case-study", "Case study");

    private final String key;
    private final String label;

    RecordType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The facet value, also the {@code ?kind} the record query binds. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<RecordType> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}

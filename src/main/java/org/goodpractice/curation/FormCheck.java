package org.goodpractice.curation;

import java.util.Optional;

import org.goodpractice.ingest.RecordChecker;

/**
 * A form checked as an import checks a record: the record it makes when it passes, else the
 * problem and the form field it concerns (null for the record as a whole).
 */
public record FormCheck(RecordChecker.Checked record, String field, String problem) {
    static FormCheck passed(RecordChecker.Checked record) {
        return new FormCheck(record, null, null);
    }

    static FormCheck refused(String field, String problem) {
        return new FormCheck(null, field, problem);
    }

    public boolean passed() {
        return record != null;
    }

    public Optional<String> fieldName() {
        return Optional.ofNullable(field);
    }
}

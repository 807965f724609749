package org.goodpractice.ingest;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goodpractice.ingest.AnnexParser.Line;

/** Reads annex dates, written dd-mm-yyyy (also with '/' or '.'), refusing impossible ones. */
final class Dates {
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private final Path file;

    Dates(Path file) {
        this.file = file;
    }

    /** The date on {@code line}, or null when the line is absent or empty. */
    LocalDate parse(Line line, String field) {
        if (line == null || line.value().isEmpty()) {
            return null;
        }
        Matcher m = DAY_MONTH_YEAR.matcher(line.value());
        if (!m.matches()) {
            throw new RecordException(file, line.number(), field,
                    RecordException.shown(line.value()) + " is not a date written dd-mm-yyyy (e.g. 01-01-1982)");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            throw new RecordException(file, line.number(), field,
                    RecordException.shown(line.value()) + " is not a real calendar date (" + e.getMessage() + ")");
        }
    }

    /** The end date, which must not come before the start date. */
    LocalDate parseEnd(Line start, Line end) {
        LocalDate endDate = parse(end, "End");
        LocalDate startDate = parse(start, "Start");
        if (endDate != null && startDate != null && endDate.isBefore(startDate)) {
            throw new RecordException(file, end.number(), "End",
                    "the practice cannot end (" + end.value() + ") before it starts (" + start.value() + ")");
        }
        return endDate;
    }
}

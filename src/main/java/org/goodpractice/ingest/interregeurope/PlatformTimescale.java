package org.goodpractice.ingest.interregeurope;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.interregeurope.PlatformParser.Line;

/**
 * The "Timescale" section: a start date and an end date or "Ongoing" (no end date), each a year, a
 * month or a day; an end before the start is refused.
 */
public record PlatformTimescale(PlatformDate start, PlatformDate end) {
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("start(?: date)?|from|started", "Start date");
        LABELS.put("end(?: date)?|until|to|ended", "End date");
    }

    static PlatformTimescale read(Path file, List<Line> lines) {
        Map<String, Line> values = LabelledLines.read(file, lines, LABELS, "Timescale");
        Line start = values.get("Start date");
        Line end = values.get("End date");
        return of(file, start == null ? null : start.value(), start == null ? 0 : start.number(), "Start date",
                end == null ? null : end.value(), end == null ? 0 : end.number(), "End date");
    }

    /**
     * The timescale of a start and an end as written (either null when not given; an end "Ongoing"
     * is none), each refused on its own line and field when it is no date; an end before the start
     * is refused on the end's line.
     */
    public static PlatformTimescale of(Path file, String start, int startLine, String startField,
                                       String end, int endLine, String endField) {
        PlatformDate from = start == null ? null : PlatformDate.parse(start, file, startLine, startField);
        PlatformDate to = end == null || isOngoing(end) ? null : PlatformDate.parse(end, file, endLine, endField);
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw new RecordException(file, endLine, endField, "the practice cannot end (" + end.strip()
                    + ") before it starts (" + start.strip() + ")");
        }
        return new PlatformTimescale(from, to);
    }

    private static boolean isOngoing(String text) {
        return text.strip().replaceAll("[.!]+$", "").matches("(?i)ongoing|on-going|still running|present");
    }
}

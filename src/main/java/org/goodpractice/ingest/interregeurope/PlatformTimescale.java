package org.goodpractice.ingest.interregeurope;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.interregeurope.PlatformParser.Line;

/**
 * The "Timescale" section: a start date and an end date or "Ongoing" (no end date), each a month
 * or a day; an end before the start is refused.
 */
record PlatformTimescale(PlatformDate start, PlatformDate end) {
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("start(?: date)?|from|started", "Start date");
        LABELS.put("end(?: date)?|until|to|ended", "End date");
    }

    static PlatformTimescale read(Path file, List<Line> lines) {
        Map<String, Line> values = LabelledLines.read(file, lines, LABELS, "Timescale");
        Line start = values.get("Start date");
        Line end = values.get("End date");
        PlatformDate from = start == null ? null : PlatformDate.parse(start.value(), file, start.number(), "Start date");
        PlatformDate to = end == null || isOngoing(end.value()) ? null
                : PlatformDate.parse(end.value(), file, end.number(), "End date");
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw new RecordException(file, end.number(), "End date", "the practice cannot end (" + end.value()
                    + ") before it starts (" + start.value() + ")");
        }
        return new PlatformTimescale(from, to);
    }

    private static boolean isOngoing(String text) {
        return text.strip().replaceAll("[.!]+$", "").matches("(?i)ongoing|on-going|still running|present");
    }
}

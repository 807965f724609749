package org.goodpractice.ingest.interregeurope;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.interregeurope.PlatformParser.Line;

/**
 * Reads a section of labelled values, written either "Country: Slovenia" on one line or, as the
 * platform's page copies, the label on one line and the value on the next.
 */
final class LabelledLines {
    private LabelledLines() {
    }

    /**
     * The value of each label in {@code lines}, by the label's canonical name; {@code labels} maps a
     * regular expression of its wordings to that name. A line that is neither label nor value is refused.
     */
    static Map<String, Line> read(Path file, List<Line> lines, Map<String, String> labels, String field) {
        Map<String, Line> values = new LinkedHashMap<>();
        String pending = null;
        for (Line line : lines) {
            String label = null;
            String rest = null;
            for (Map.Entry<String, String> e : labels.entrySet()) {
                Matcher m = Pattern.compile("(?i)(?:" + e.getKey() + ")\\s*(?::\\s*(.*))?").matcher(line.value());
                if (m.matches()) {
                    label = e.getValue();
                    rest = m.group(1) == null ? "" : m.group(1).strip();
                    break;
                }
            }
            if (label != null) {
                once(file, values, label, line, field);
                pending = rest.isEmpty() ? label : null;
                if (!rest.isEmpty()) {
                    values.put(label, new Line(rest, line.number()));
                }
            } else if (pending != null) {
                values.put(pending, line);
                pending = null;
            } else {
                throw new RecordException(file, line.number(), field, "expected a line starting with "
                        + String.join(", ", labels.values().stream().map(l -> "\"" + l + ":\"").toList())
                        + ", found " + RecordException.shown(line.value()));
            }
        }
        return values;
    }

    private static void once(Path file, Map<String, Line> values, String label, Line line, String field) {
        Line earlier = values.get(label);
        if (earlier != null) {
            throw new RecordException(file, line.number(), field, label.toLowerCase(Locale.ROOT) + " given twice, on line "
                    + earlier.number() + " and on line " + line.number());
        }
    }
}

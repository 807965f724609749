package org.goodpractice.ingest;

import java.nio.file.Path;

/**
 * A record that cannot be imported as it is. The message names the file, the line (when one is
 * to blame) and the field, and says what was wrong, so the author of the record can fix it.
 */
public class RecordException extends RuntimeException {
    private final Path file;
    private final int line;
    private final String where;
    private final String field;
    private final String problem;

    public RecordException(Path file, int line, String field, String problem) {
        this(file, line, null, field, problem);
    }

    private RecordException(Path file, int line, String where, String field, String problem) {
        super(format(file, line, where, field, problem));
        this.file = file;
        this.line = line;
        this.where = where;
        this.field = field;
        this.problem = problem;
    }

    /**
     * This refusal naming the place of its line as {@code where} (a workbook row: {@code sheet "Partners" row 3}),
     * where a line number alone would not say it; unchanged when {@code where} is null, when it concerns the
     * whole file, or when it names a place already.
     */
    public RecordException at(String where) {
        if (where == null || line == 0 || this.where != null) {
            return this;
        }
        RecordException placed = new RecordException(file, line, where, field, problem);
        placed.setStackTrace(getStackTrace());
        return placed;
    }

    /** Where in {@code file} a record or problem is, as messages name it: {@code file:3}, {@code file: where}, or the file alone. */
    public static String locate(Path file, int line, String where) {
        if (line <= 0) {
            return String.valueOf(file);
        }
        return where != null ? file + ": " + where : file + ":" + line;
    }

    /** A problem with the file as a whole (empty, binary, too large). */
    public static RecordException ofFile(Path file, String problem) {
        return new RecordException(file, 0, null, problem);
    }

    /** Longest part of a field value a message quotes, so that a refusal stays one readable line. */
    public static final int SHOWN_CHARS = 80;

    /**
     * {@code value} as a message may quote it, quoted: control characters escaped (ESC, U+001B, as a
     * backslash, "u" and 001B), and cut to {@value #SHOWN_CHARS} characters with the full length said, e.g. {@code "Tourism…" (5000 characters)}.
     */
    public static String shown(String value) {
        String cut = value.length() <= SHOWN_CHARS ? value : value.substring(0, SHOWN_CHARS) + "…";
        String quoted = "\"" + escapeControls(cut) + "\"";
        return value.length() <= SHOWN_CHARS ? quoted : quoted + " (" + value.length() + " characters)";
    }

    /** Control characters escaped as in Java source, so that a message can never drive the terminal it is printed on. */
    static String escapeControls(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL && c != '\t') {
                s.append(String.format("\\u%04X", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }

    public Path file() {
        return file;
    }

    /**
     * The 1-based line the problem was found on, or 0 when it concerns the whole file; for a format whose
     * records are not found by a line alone (a workbook's sheets), the record's place in file order, which
     * {@link #where()} names.
     */
    public int line() {
        return line;
    }

    /** The place of {@link #line()} as the message names it, or null when the line number says it. */
    public String where() {
        return where;
    }

    /** The record field concerned, or null when it concerns the whole file. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    private static String format(Path file, int line, String where, String field, String problem) {
        StringBuilder s = new StringBuilder(locate(file, line, where));
        s.append(": ");
        if (field != null) {
            s.append(field).append(": ");
        }
        return escapeControls(s.append(problem).toString());
    }
}

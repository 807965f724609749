package org.goodpractice.ingest;

import java.nio.file.Path;

/**
 * A record that cannot be imported as it is. The message names the file, the line (when one is
 * to blame) and the field, and says what was wrong, so the author of the record can fix it.
 */
public class RecordException extends RuntimeException {
    private final Path file;
    private final int line;
    private final String field;
    private final String problem;

    public RecordException(Path file, int line, String field, String problem) {
        super(format(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
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

    /** The 1-based line the problem was found on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The record field concerned, or null when it concerns the whole file. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    private static String format(Path file, int line, String field, String problem) {
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (field != null) {
            s.append(field).append(": ");
        }
        return escapeControls(s.append(problem).toString());
    }
}

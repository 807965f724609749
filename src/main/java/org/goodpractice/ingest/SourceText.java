package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The text of one source file, checked to be a plausible record: not empty, not binary, valid
 * UTF-8 (or UTF-16 with its byte order mark), free of control characters other than tab, and not
 * larger than a record can reasonably be, in all and in any line. Lines are split on LF or CRLF.
 * A workbook ({@code .xlsx}) is the one binary file read: it has no lines, only its
 * {@link #workbook()} bytes, for its format to open. The file is read once: {@link #sha256()} is the
 * checksum of the very bytes the lines (or the workbook) came from.
 */
public record SourceText(Path file, List<String> lines, String sha256, byte[] workbook) {
    /** Largest file accepted; the largest real annex is a few kilobytes. */
    public static final long MAX_BYTES = 1024 * 1024;
    /** Largest spreadsheet ({@code .csv} or {@code .xlsx}) accepted: it holds a record per row. */
    public static final long MAX_SPREADSHEET_BYTES = 8 * MAX_BYTES;
    /** Longest line (a paragraph) accepted; the longest real one is about a thousand characters. */
    public static final int MAX_LINE_CHARS = 10_000;

    public SourceText {
        requireNonNull(file, "file");
        requireNonNull(sha256, "sha256");
        lines = List.copyOf(lines);
        workbook = workbook == null ? null : workbook.clone();
    }

    /** A text file's lines. */
    public SourceText(Path file, List<String> lines, String sha256) {
        this(file, lines, sha256, null);
    }

    /** The bytes of a workbook ({@code .xlsx}), or null for a text file. */
    @Override
    public byte[] workbook() {
        return workbook == null ? null : workbook.clone();
    }

    /** True when {@code file} is named as a spreadsheet, {@code .csv} or {@code .xlsx}, whatever its case. */
    public static boolean isSpreadsheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || isWorkbook(file);
    }

    private static boolean isWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Reads {@code file}, refusing anything that is not a text record with a clear message. */
    public static SourceText read(Path file) {
        requireNonNull(file, "file");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw RecordException.ofFile(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (isSpreadsheet(file) && size > MAX_SPREADSHEET_BYTES) {
            throw RecordException.ofFile(file, String.format(Locale.ROOT,
                    "is %.1f MiB; a spreadsheet is at most %d MiB, so split it into several files",
                    size / 1048576.0, MAX_SPREADSHEET_BYTES / 1048576));
        }
        if (!isSpreadsheet(file) && size > MAX_BYTES) {
            throw RecordException.ofFile(file, String.format(Locale.ROOT,
                    "is %.1f MiB; a record is at most %d KiB, so this is probably not a record file",
                    size / 1048576.0, MAX_BYTES / 1024));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw RecordException.ofFile(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (isWorkbook(file)) {
            return new SourceText(file, List.of(), Provenance.sha256(bytes), bytes);
        }
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw RecordException.ofFile(file, "is empty; expected a record as UTF-8 text");
        }
        List<String> lines = List.of(text.split("\r?\n|\r", -1));
        for (int i = 0; i < lines.size(); i++) {
            check(file, i + 1, lines.get(i));
        }
        return new SourceText(file, lines, Provenance.sha256(bytes));
    }

    /**
     * Refuses a line with a control character (ESC, BEL…: they have no place in a record, and XML
     * cannot carry them) or too long to be a paragraph.
     */
    private static void check(Path file, int number, String line) {
        if (line.length() > MAX_LINE_CHARS) {
            throw new RecordException(file, number, null, String.format(Locale.ROOT,
                    "line of %,d characters; a line of a record is at most %,d", line.length(), MAX_LINE_CHARS));
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\t' && Character.getType(c) == Character.CONTROL || c == '\uFFFE' || c == '\uFFFF') {
                throw new RecordException(file, number, null, String.format(Locale.ROOT,
                        "control character U+%04X at column %d; a record is plain text, remove it", (int) c, i + 1));
            }
        }
    }

    private static String decode(Path file, byte[] bytes) {
        boolean bigEndian = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF;
        boolean littleEndian = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE;
        if (bigEndian || littleEndian) {
            return strict(file, bytes, 2, bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE,
                    "is not valid UTF-16 text although it starts with a UTF-16 byte order mark");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw RecordException.ofFile(file, "is a binary file (NUL byte at offset " + i + "); expected UTF-8 text");
            }
        }
        String text = strict(file, bytes, 0, StandardCharsets.UTF_8, "is not UTF-8 text; save it as UTF-8 and import it again");
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(Path file, byte[] bytes, int offset, Charset charset, String problem) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw RecordException.ofFile(file, problem);
        }
    }
}

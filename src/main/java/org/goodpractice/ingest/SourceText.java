package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The text of one source file, checked to be a plausible record: not empty, not binary, valid
 * UTF-8 and not larger than a record can reasonably be. Lines are split on LF or CRLF.
 */
public record SourceText(Path file, List<String> lines) {
    /** Largest file accepted; the largest real annex is a few kilobytes. */
    public static final long MAX_BYTES = 1024 * 1024;

    public SourceText {
        requireNonNull(file, "file");
        lines = List.copyOf(lines);
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
        if (size > MAX_BYTES) {
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
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw RecordException.ofFile(file, "is empty; expected a record as UTF-8 text");
        }
        return new SourceText(file, List.of(text.split("\r?\n|\r", -1)));
    }

    private static String decode(Path file, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw RecordException.ofFile(file, "is a binary file (NUL byte at offset " + i + "); expected UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw RecordException.ofFile(file, "is not UTF-8 text; save it as UTF-8 and import it again");
        }
    }
}

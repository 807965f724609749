package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not text records get a clear message about the file, never a stack trace. */
class SourceTextTest {
    @TempDir
    Path dir;

    @Test
    void emptyFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "  \n\n");
        RecordException e = assertThrows(RecordException.class, () -> SourceText.read(file));
        assertTrue(e.getMessage().startsWith(file + ": is empty"), e.getMessage());
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        RecordException e = assertThrows(RecordException.class, () -> SourceText.read(file));
        assertTrue(e.getMessage().contains("is a binary file"), e.getMessage());
    }

    @Test
    void textInAnotherEncodingIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("latin1.txt"), "Région Rhône-Alpes".getBytes("ISO-8859-1"));
        RecordException e = assertThrows(RecordException.class, () -> SourceText.read(file));
        assertTrue(e.getMessage().contains("is not UTF-8 text"), e.getMessage());
    }

    @Test
    void hugeFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (SeekableByteChannel channel = Files.newByteChannel(file,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SPARSE)) {
            channel.position(50L * 1024 * 1024 - 1).write(ByteBuffer.wrap(new byte[] {'x'}));
        }
        RecordException e = assertThrows(RecordException.class, () -> SourceText.read(file));
        assertTrue(e.getMessage().contains("is 50.0 MiB"), e.getMessage());
    }

    @Test
    void missingFileIsReported() {
        RecordException e = assertThrows(RecordException.class, () -> SourceText.read(dir.resolve("nope.txt")));
        assertTrue(e.getMessage().contains("nope.txt: cannot be read"), e.getMessage());
    }

    @Test
    void crlfAndLfAndByteOrderMarkGiveTheSameLines() throws IOException {
        Path lf = Files.writeString(dir.resolve("lf.txt"), "Title\n\nIndex: 1\n");
        Path crlf = Files.writeString(dir.resolve("crlf.txt"), "\uFEFFTitle\r\n\r\nIndex: 1\r\n");
        assertEquals(SourceText.read(lf).lines(), SourceText.read(crlf).lines());
    }
}

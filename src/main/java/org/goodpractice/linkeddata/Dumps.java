package org.goodpractice.linkeddata;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.vocab.Prefixes;

/**
 * Gzipped full dumps of the store, generated on first request and kept until the content
 * version changes. Each carries a strong ETag (a hash of its gzipped bytes) and the time it was
 * made. Dumps are streamed from the store into a gzipped file in a temporary directory and
 * streamed from there to clients, so no dump is ever held whole in memory, whatever the store's size.
 *
 * <pre>
 * Dumps dumps = new Dumps(store, version);
 * try (InputStream in = dumps.get(Dumps.Kind.NQUADS).open(false)) {
 *     in.transferTo(out);
 * }
 * </pre>
 */
public final class Dumps {
    /** The dumps offered; N-Quads keeps each record's named graph, Turtle merges them. */
    public enum Kind {
        NQUADS("goodpractice.nq", "application/n-quads", "RDF_N_QUADS"),
        TURTLE("goodpractice.ttl", "text/turtle", "RDF_TURTLE");

        private final String file;
        private final String mediaType;
        private final String fileType;

        Kind(String file, String mediaType, String fileType) {
            this.file = file;
            this.mediaType = mediaType;
            this.fileType = fileType;
        }

        /** The name of the gzipped file. */
        public String file() {
            return file + ".gz";
        }

        /** The name of the same content uncompressed. */
        public String plainFile() {
            return file;
        }

        /** The code of the format in the EU file-type authority list. */
        public String fileType() {
            return fileType;
        }

        /** The media type of the uncompressed content. */
        public String mediaType() {
            return mediaType;
        }

        /** The kind a file name names, gzipped or not. */
        public static Optional<Kind> byFile(String file) {
            return Arrays.stream(values()).filter(k -> k.file().equals(file) || k.plainFile().equals(file)).findFirst();
        }
    }

    /** One generated dump: its gzipped file and length, a strong ETag (quoted) and when it was made (whole seconds). */
    public record Dump(Path gzipped, long length, String etag, Instant generated) {
        /** The dump's bytes, gzipped as stored or uncompressed on the fly. */
        public InputStream open(boolean gzip) throws IOException {
            InputStream in = Files.newInputStream(gzipped);
            return gzip ? in : new GZIPInputStream(in, 64 * 1024);
        }
    }

    private final SparqlStore store;
    private final Path directory;
    private final Map<Kind, Supplier<Dump>> dumps = new EnumMap<>(Kind.class);

    public Dumps(SparqlStore store, ContentVersion version) {
        this.store = requireNonNull(store, "store");
        requireNonNull(version, "version");
        try {
            this.directory = Files.createTempDirectory("goodpractice-dumps-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for the dumps: " + e.getMessage(), e);
        }
        directory.toFile().deleteOnExit();
        for (Kind kind : Kind.values()) {
            dumps.put(kind, version.cache(() -> generate(kind)));
        }
    }

    public Dump get(Kind kind) {
        return dumps.get(requireNonNull(kind, "kind")).get();
    }

    private Dump generate(Kind kind) {
        MessageDigest sha256 = sha256();
        Path file;
        try {
            file = Files.createTempFile(directory, kind.plainFile() + "-", ".gz");
            file.toFile().deleteOnExit();
            try (OutputStream out = new GZIPOutputStream(new DigestOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024), sha256), 64 * 1024)) {
                write(kind, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + kind.file() + " dump in " + directory + ": " + e.getMessage(), e);
        }
        deleteOthers(kind, file);
        try {
            String etag = "\"" + HexFormat.of().formatHex(sha256.digest()).substring(0, 32) + "\"";
            return new Dump(file, Files.size(file), etag, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }

    private void write(Kind kind, OutputStream out) {
        if (kind == Kind.NQUADS) {
            StreamRDF quads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            quads.start();
            store.publishQuads(quads);
            quads.finish();
        } else {
            // Streamed in blocks, so the dump never needs the whole graph laid out in memory.
            StreamRDF turtle = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            turtle.start();
            new TreeMap<>(Prefixes.COMMON).forEach(turtle::prefix);
            store.publishTriples(turtle);
            turtle.finish();
        }
    }

    /** Earlier dumps of this kind; a client still reading one keeps its open file until it is done. */
    private void deleteOthers(Kind kind, Path keep) {
        try (var files = Files.newDirectoryStream(directory, kind.plainFile() + "-*.gz")) {
            for (Path old : files) {
                if (!old.equals(keep)) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove old dumps from " + directory, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

package org.goodpractice.linkeddata;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.goodpractice.vocab.Prefixes;

/**
 * Gzipped full dumps of the store, generated on first request and kept until the content
 * version changes. Each carries a strong ETag (a hash of its bytes) and the time it was made.
 * Dumps are held in memory: the 12 sample practices give 15 KB of gzipped N-Quads (measured),
 * about 1.2 KB a practice, so tens of thousands of practices stay in the tens of MB.
 *
 * <pre>
 * Dumps dumps = new Dumps(store.datasetGraph(), version);
 * Dumps.Dump nquads = dumps.get(Dumps.Kind.NQUADS);
 * </pre>
 */
public final class Dumps {
    /** The dumps offered; N-Quads keeps each record's named graph, Turtle merges them. */
    public enum Kind {
        NQUADS("goodpractice.nq.gz", "application/n-quads"),
        TURTLE("goodpractice.ttl.gz", "text/turtle");

        private final String file;
        private final String mediaType;

        Kind(String file, String mediaType) {
            this.file = file;
            this.mediaType = mediaType;
        }

        public String file() {
            return file;
        }

        /** The media type of the uncompressed content. */
        public String mediaType() {
            return mediaType;
        }

        public static Optional<Kind> byFile(String file) {
            return Arrays.stream(values()).filter(k -> k.file.equals(file)).findFirst();
        }
    }

    /** One generated dump: gzipped bytes, a strong ETag (quoted) and when it was made (whole seconds). */
    public record Dump(byte[] gzipped, String etag, Instant generated) {
    }

    private final DatasetGraph dataset;
    private final Map<Kind, Supplier<Dump>> dumps = new EnumMap<>(Kind.class);

    public Dumps(DatasetGraph dataset, ContentVersion version) {
        this.dataset = requireNonNull(dataset, "dataset");
        requireNonNull(version, "version");
        for (Kind kind : Kind.values()) {
            dumps.put(kind, version.cache(() -> generate(kind)));
        }
    }

    public Dump get(Kind kind) {
        return dumps.get(requireNonNull(kind, "kind")).get();
    }

    private Dump generate(Kind kind) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            Txn.executeRead(dataset, () -> {
                if (kind == Kind.NQUADS) {
                    RDFDataMgr.write(gzip, dataset, RDFFormat.NQUADS);
                } else {
                    // Streamed in blocks, so the dump never needs the whole graph laid out in memory.
                    StreamRDF turtle = StreamRDFWriter.getWriterStream(gzip, RDFFormat.TURTLE_BLOCKS);
                    turtle.start();
                    new TreeMap<>(Prefixes.COMMON).forEach(turtle::prefix);
                    dataset.getUnionGraph().find().forEachRemaining(turtle::triple);
                    turtle.finish();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + kind.file() + " dump", e);
        }
        byte[] gzipped = bytes.toByteArray();
        return new Dump(gzipped, "\"" + sha256(gzipped).substring(0, 32) + "\"", Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

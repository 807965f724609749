package org.goodpractice.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.vocab.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export}: the whole store as N-Quads, TriG or (graphs merged) Turtle. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store: nq and trig keep each record's named graph; ttl merges all graphs.")
final class ExportCommand implements Callable<Integer> {
    enum Format { nq, trig, ttl }

    @Mixin
    StoreOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nq", description = "nq, trig or ttl. Default: nq")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (SparqlStore store = options.open();
                OutputStream out = outFile != null ? new FileOutputStream(outFile.toFile())
                        : new PrintWriterOutputStream(spec.commandLine().getOut())) {
            // Streamed from the store, so an export never holds the dataset in memory.
            StreamRDF sink = StreamRDFWriter.getWriterStream(out, switch (format) {
                case nq -> RDFFormat.NQUADS;
                case trig -> RDFFormat.TRIG_BLOCKS;
                case ttl -> RDFFormat.TURTLE_BLOCKS;
            });
            sink.start();
            if (format != Format.nq) {
                new TreeMap<>(Prefixes.COMMON).forEach(sink::prefix);
            }
            if (format == Format.ttl) {
                store.publishTriples(sink);
            } else {
                store.publishQuads(sink);
            }
            sink.finish();
        }
        return 0;
    }
}

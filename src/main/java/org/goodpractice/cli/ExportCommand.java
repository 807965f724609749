package org.goodpractice.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.goodpractice.store.TdbStore;
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
        try (TdbStore store = TdbStore.open(options.store);
                OutputStream out = outFile != null ? new FileOutputStream(outFile.toFile())
                        : new PrintWriterOutputStream(spec.commandLine().getOut())) {
            DatasetGraph dataset = store.publishedDatasetGraph();
            Txn.executeRead(dataset, () -> {
                switch (format) {
                    case nq -> RDFDataMgr.write(out, dataset, Lang.NQUADS);
                    case trig -> RDFDataMgr.write(out, dataset, Lang.TRIG);
                    case ttl -> RDFDataMgr.write(out, dataset.getUnionGraph(), Lang.TURTLE);
                }
            });
        }
        return 0;
    }
}

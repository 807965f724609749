package org.goodpractice.cli;

import java.nio.file.Path;
import java.util.List;

import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.RecordKind;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The record files {@code import} and {@code validate} read, and how to read them. */
final class RecordFiles {
    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "auto",
            description = "auto (default: an Interreg annex when the file has annex fields, else an article), annex or article")
    RecordKind kind;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Record files or directories of them")
    List<Path> paths;

    /** Every file named, and every file under every directory named, in name order. */
    List<Path> files() {
        return Importer.expand(paths);
    }
}

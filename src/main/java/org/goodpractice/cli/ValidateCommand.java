package org.goodpractice.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.goodpractice.ingest.RecordChecker;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.SourceRegister;
import org.goodpractice.ingest.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: checks record files exactly as {@code import} would, without a store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check record files (and every file under directories) as import would: parse them, map them "
                + "to RDF and validate the result against the SHACL shapes. Writes nothing. "
                + "Exit code 1 when any record is invalid.")
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--base-uri", paramLabel = "URI", defaultValue = StoreOptions.DEFAULT_BASE,
            description = "Base of the IRIs the records would get. Default: ${DEFAULT-VALUE}")
    String baseUri;

    @Mixin
    RecordFiles records;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RecordChecker checker = new RecordChecker(baseUri.endsWith("/") ? baseUri : baseUri + "/").kind(records.kind);
        List<Path> files = records.files();
        SourceRegister register = new SourceRegister(graph -> null);
        int invalid = 0;
        for (Path file : files) {
            try {
                RecordChecker.Checked record = checker.check(SourceText.read(file), graph -> register.heldByOther(graph, file));
                register.claim(file, record);
                out.printf("valid %s (%s \"%s\")%n", file, record.id(), record.title());
                record.warnings().forEach(w -> out.printf("  WARNING %s: %s%n", file, w));
            } catch (RecordException e) {
                invalid++;
                err.printf("INVALID %s%n", e.getMessage());
            }
            out.flush();
            err.flush();
        }
        out.printf("%d valid, %d invalid%n", files.size() - invalid, invalid);
        out.flush();
        return invalid == 0 ? 0 : 1;
    }
}

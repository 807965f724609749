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
        description = "Check record files (and every file under directories) as import would: parse them (each row of "
                + "a spreadsheet alone), map them to RDF and validate the result against the SHACL shapes. Writes nothing. "
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
        int valid = 0;
        int invalid = 0;
        for (Path file : files) {
            List<RecordChecker.Result> results;
            try {
                results = checker.checkEach(SourceText.read(file), graph -> register.heldByOther(graph, file));
            } catch (RecordException e) {
                results = List.of(new RecordChecker.Refused(e));
            }
            for (RecordChecker.Result result : results) {
                RecordException refused = result instanceof RecordChecker.Refused r ? r.error() : null;
                if (refused == null) {
                    RecordChecker.Checked record = (RecordChecker.Checked) result;
                    try {
                        register.claim(file, record);
                        String where = RecordException.locate(file, record.line(), record.where());
                        out.printf("valid %s (%s \"%s\")%n", where, record.id(), record.title());
                        record.warnings().forEach(w -> out.printf("  WARNING %s: %s%n", where, w));
                        valid++;
                    } catch (RecordException e) {
                        refused = e;
                    }
                }
                if (refused != null) {
                    invalid++;
                    err.printf("INVALID %s%n", refused.getMessage());
                }
            }
            out.flush();
            err.flush();
        }
        out.printf("%d valid, %d invalid%n", valid, invalid);
        out.flush();
        return invalid == 0 ? 0 : 1;
    }
}

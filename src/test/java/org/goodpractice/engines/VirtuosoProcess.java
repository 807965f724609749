package org.goodpractice.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.goodpractice.TestTools;

/**
 * OpenLink Virtuoso 7.2 (Debian's virtuoso-opensource, {@code virtuoso-t}) run in the foreground
 * with a virtuoso.ini of its own: a fresh database in a temporary directory, SQL and HTTP on
 * free loopback ports, and Debian's default cap of 10000 rows per SPARQL result, so that tests meet
 * the cap an operator's Virtuoso has. A fresh database's {@code dba} password is {@code dba}.
 *
 * <pre>
 * try (VirtuosoProcess virtuoso = VirtuosoProcess.start()) {
 *     cli("import", "--query-url", virtuoso.url("sparql-auth"), …, "--store-credentials", virtuoso.credentials().toString());
 * }
 * </pre>
 */
final class VirtuosoProcess extends EngineProcess {
    static final String PROGRAM = "virtuoso-t";
    static final int RESULT_CAP = 10000;

    private final int sqlPort = freePort();
    private final int httpPort = freePort();
    private final int resultCap;

    private VirtuosoProcess(int resultCap) {
        super("virtuoso");
        this.resultCap = resultCap;
    }

    static VirtuosoProcess start() {
        return start(RESULT_CAP);
    }

    /** A Virtuoso whose SPARQL answers are cut at {@code resultCap} rows ({@code [SPARQL] ResultSetMaxRows}). */
    static VirtuosoProcess start(int resultCap) {
        TestTools.require(onPath(PROGRAM), PROGRAM + " is not on PATH: install Debian's virtuoso-opensource (.ci/run does)");
        VirtuosoProcess virtuoso = new VirtuosoProcess(resultCap);
        Path ini = virtuoso.dir().resolve("virtuoso.ini");
        try {
            Files.writeString(ini, virtuoso.ini(), StandardCharsets.UTF_8);
            Files.writeString(virtuoso.credentials(), "dba:dba\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        virtuoso.start(List.of(PROGRAM, "+configfile", ini.toString(), "+foreground"),
                virtuoso.url("sparql") + "?query=ASK%7B%7D", Duration.ofSeconds(90));
        return virtuoso;
    }

    private String ini() {
        String db = dir().toString();
        return """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                TempStorage = TempDatabase
                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                [Parameters]
                ServerPort = 127.0.0.1:%2$d
                DisableUnixSocket = 1
                NumberOfBuffers = 10000
                MaxDirtyBuffers = 6000
                DirsAllowed = .
                [HTTPServer]
                ServerPort = 127.0.0.1:%3$d
                ServerThreads = 10
                [SPARQL]
                ResultSetMaxRows = %4$d
                MaxQueryExecutionTime = 60
                """.formatted(db, sqlPort, httpPort, resultCap);
    }

    /** A URL of the HTTP server: {@code sparql}, {@code sparql-auth}, {@code sparql-graph-crud-auth}. */
    String url(String path) {
        return "http://127.0.0.1:" + httpPort + "/" + path;
    }

    /** The {@code --store-credentials} file: the dba account, whose SPARQL requests may update. */
    Path credentials() {
        return dir().resolve("credentials");
    }
}

package org.goodpractice.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.goodpractice.TestTools;

/**
 * The standalone Fuseki jar (org.apache.jena:jena-fuseki-server, copied into target/engines by the
 * build) run with {@code java -jar}, a TDB2 database in a temporary directory, updates allowed, and
 * the union default graph the README asks operators for.
 *
 * <pre>
 * try (FusekiProcess fuseki = FusekiProcess.start()) {
 *     cli("import", "--sparql-endpoint", fuseki.datasetUrl(), "data");
 * }
 * </pre>
 */
final class FusekiProcess extends EngineProcess {
    static final Path JAR = Path.of("target/engines/jena-fuseki-server.jar");

    private final int port = freePort();

    private FusekiProcess() {
        super("fuseki");
    }

    static FusekiProcess start() {
        TestTools.require(Files.isRegularFile(JAR), JAR + " is missing: run the build (mvn process-test-resources copies it)");
        FusekiProcess fuseki = new FusekiProcess();
        Path db = fuseki.dir().resolve("db");
        try {
            Files.createDirectories(db);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        fuseki.start(List.of(java, "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(), "--localhost",
                "--port", Integer.toString(fuseki.port), "--tdb2", "--loc", db.toString(), "--update",
                "--set", "tdb:unionDefaultGraph=true", "/ds"), fuseki.datasetUrl() + "/sparql?query=ASK%7B%7D",
                Duration.ofSeconds(60));
        return fuseki;
    }

    String datasetUrl() {
        return "http://localhost:" + port + "/ds";
    }
}

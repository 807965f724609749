package org.goodpractice.w3c;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.goodpractice.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The W3C SPARQL 1.1 Protocol, Graph Store Protocol and Service Description manifests
 * (w3c/rdf-tests, kept under {@code src/test/resources/w3c/}), one dynamic test per entry, against
 * the running server: the public endpoint passes every query entry and refuses every write; the
 * admin endpoint passes the update and Graph Store entries except the {@link Deviations} it
 * refuses on purpose. The Graph Store manifest is rdf-tests' machine-readable one
 * ({@code graph-store-protocol/}), which replaced the deprecated {@code http-rdf-update/}.
 */
class W3cManifestsTest {
    private static final String PASSWORD = "w3c-manifest-password";
    private static final Manifest PROTOCOL = Manifest.read("w3c/protocol/manifest.ttl");
    private static final Manifest GRAPH_STORE = Manifest.read("w3c/graph-store-protocol/manifest.ttl");
    private static final Manifest SERVICE_DESCRIPTION = Manifest.read("w3c/service-description/manifest.ttl");

    @TempDir
    static Path dir;
    private static TestServer publicServer;
    private static TestServer adminServer;

    @BeforeAll
    static void start() throws Exception {
        publicServer = TestServer.start();
        Path passwordFile = Files.writeString(dir.resolve("admin-password"), PASSWORD + "\n");
        adminServer = TestServer.start(b -> b.adminPasswordFile(passwordFile));
    }

    @AfterAll
    static void stop() {
        publicServer.close();
        adminServer.close();
    }

    @TestFactory
    Stream<DynamicTest> protocolOnThePublicEndpoint() {
        return onPublic(PROTOCOL, "w3c/protocol/");
    }

    @TestFactory
    Stream<DynamicTest> protocolOnTheAdminEndpoint() {
        return onAdmin(PROTOCOL, "w3c/protocol/");
    }

    @TestFactory
    Stream<DynamicTest> graphStoreOnThePublicEndpoint() {
        return onPublic(GRAPH_STORE, "w3c/graph-store-protocol/");
    }

    @TestFactory
    Stream<DynamicTest> graphStoreOnTheAdminEndpoint() {
        return onAdmin(GRAPH_STORE, "w3c/graph-store-protocol/");
    }

    @TestFactory
    Stream<DynamicTest> serviceDescription() {
        Map<String, Executable> checks = ServiceDescriptionCheck.checks(publicServer);
        return SERVICE_DESCRIPTION.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.toString(),
                checks.getOrDefault(entry.id(), () -> fail(entry + " has no check"))));
    }

    @TestFactory
    Stream<DynamicTest> everyDeviationNamesAManifestEntry() {
        return Deviations.ADMIN.keySet().stream().map(id -> DynamicTest.dynamicTest(id, () -> assertTrue(
                Stream.concat(PROTOCOL.entries().stream(), GRAPH_STORE.entries().stream()).anyMatch(e -> e.id().equals(id)),
                id + " is listed as a deviation but is in no manifest")));
    }

    /** Reads as specified; an entry that writes must have every write refused. */
    private static Stream<DynamicTest> onPublic(Manifest manifest, String directory) {
        ManifestRunner runner = new ManifestRunner(publicServer, Target.publicEndpoint(), directory);
        return manifest.entries().stream().map(entry -> {
            boolean writes = entry.exchanges().stream().anyMatch(x -> ManifestRunner.isWrite(entry, x));
            return DynamicTest.dynamicTest((writes ? "refused: " : "") + entry, () -> {
                if (writes) {
                    runner.runRefused(entry);
                } else {
                    runner.run(entry);
                }
            });
        });
    }

    /** As specified, except the listed deviations, whose writes must be refused. */
    private static Stream<DynamicTest> onAdmin(Manifest manifest, String directory) {
        ManifestRunner runner = new ManifestRunner(adminServer, Target.admin("admin", PASSWORD), directory);
        return manifest.entries().stream()
                .filter(entry -> entry.exchanges().stream().anyMatch(x -> ManifestRunner.isWrite(entry, x)))
                .map(entry -> {
                    String deviation = Deviations.ADMIN.get(entry.id());
                    return DynamicTest.dynamicTest((deviation == null ? "" : "refused (" + deviation + "): ") + entry, () -> {
                        if (deviation == null) {
                            runner.run(entry);
                        } else {
                            runner.runRefused(entry);
                        }
                    });
                });
    }
}

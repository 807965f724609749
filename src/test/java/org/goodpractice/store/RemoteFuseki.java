package org.goodpractice.store;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A real Fuseki, in-process on a free port, holding an in-memory TDB2 dataset at {@code /ds}
 * whose default graph is the union of its named graphs, as the README tells operators to
 * configure theirs: the remote store of the tests, apart from any web server under test.
 *
 * <pre>
 * try (RemoteFuseki fuseki = RemoteFuseki.start()) {
 *     RemoteStore store = RemoteStore.open(RemoteEndpoints.fuseki(fuseki.datasetUrl()), interval);
 * }
 * </pre>
 */
public final class RemoteFuseki implements AutoCloseable {
    private final Dataset dataset;
    private final java.nio.file.Path passwords;
    private FusekiServer server;
    private int port;

    private RemoteFuseki(Dataset dataset, java.nio.file.Path passwords) {
        this.dataset = dataset;
        this.passwords = passwords;
    }

    public static RemoteFuseki start() {
        return start(null);
    }

    /** A Fuseki that asks every request for HTTP basic credentials of a user in {@code passwords} (Jetty's "user: password" lines). */
    public static RemoteFuseki start(java.nio.file.Path passwords) {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        RemoteFuseki fuseki = new RemoteFuseki(dataset, passwords);
        fuseki.startOn(0);
        return fuseki;
    }

    private void startOn(int wanted) {
        FusekiServer.Builder builder = FusekiServer.create().port(wanted).loopback(true).add("/ds", dataset, true);
        if (passwords != null) {
            builder.passwordFile(passwords.toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.ANY_USER);
        }
        server = builder.build().start();
        port = server.getHttpPort();
    }

    /** Stops answering, keeping the data: the store "goes away". */
    public void stop() {
        server.stop();
    }

    /** Answers again, on the same port and with the same data. */
    public void restart() {
        startOn(port);
    }

    public String datasetUrl() {
        return "http://localhost:" + port + "/ds";
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        server.stop();
        dataset.close();
    }
}

package org.goodpractice.store;

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
    private FusekiServer server;
    private int port;

    private RemoteFuseki(Dataset dataset) {
        this.dataset = dataset;
    }

    public static RemoteFuseki start() {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        RemoteFuseki fuseki = new RemoteFuseki(dataset);
        fuseki.startOn(0);
        return fuseki;
    }

    private void startOn(int wanted) {
        server = FusekiServer.create().port(wanted).loopback(true).add("/ds", dataset, true).build().start();
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

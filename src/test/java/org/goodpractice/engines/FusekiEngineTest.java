package org.goodpractice.engines;

import java.util.List;

import org.goodpractice.store.RemoteEndpoints;

/** The standalone Fuseki jar, started with {@code java -jar … --tdb2 --loc DIR --update /ds}, passes the engine checks. */
class FusekiEngineTest extends EngineChecks {
    private FusekiProcess fuseki;

    @Override
    void startEngine() {
        fuseki = FusekiProcess.start();
    }

    @Override
    List<String> storeOptions() {
        return List.of("--sparql-endpoint", fuseki.datasetUrl());
    }

    @Override
    RemoteEndpoints endpoints() {
        return RemoteEndpoints.fuseki(fuseki.datasetUrl());
    }

    @Override
    void stopEngine() {
        if (fuseki != null) {
            fuseki.close();
        }
    }
}

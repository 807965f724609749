package org.goodpractice.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Handler;

/** Takes the servlet handler out of a built, never started Fuseki server, to mount it elsewhere. */
final class FusekiHandlers {
    private FusekiHandlers() {
    }

    static Handler detach(FusekiServer fuseki) {
        Handler handler = fuseki.getJettyServer().getHandler();
        fuseki.getJettyServer().setHandler((Handler) null);
        return handler;
    }
}

package org.goodpractice.engines;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.goodpractice.store.Engine;
import org.goodpractice.store.RemoteEndpoints;
import org.junit.jupiter.api.Test;

/**
 * Virtuoso 7.2, spoken to as an operator would: queries and updates on {@code /sparql-auth}, the
 * Graph Store on {@code /sparql-graph-crud-auth}, as dba with digest authentication, passes the
 * engine checks.
 */
class VirtuosoEngineTest extends EngineChecks {
    private VirtuosoProcess virtuoso;

    @Override
    void startEngine() {
        virtuoso = VirtuosoProcess.start();
    }

    @Override
    List<String> storeOptions() {
        return List.of("--query-url", virtuoso.url("sparql-auth"), "--update-url", virtuoso.url("sparql-auth"),
                "--gsp-url", virtuoso.url("sparql-graph-crud-auth"), "--store-credentials", virtuoso.credentials().toString(),
                "--store-engine", "virtuoso");
    }

    @Override
    RemoteEndpoints endpoints() {
        return new RemoteEndpoints(virtuoso.url("sparql-auth"), virtuoso.url("sparql-auth"),
                virtuoso.url("sparql-graph-crud-auth"), null, null).credentials(virtuoso.credentials())
                .withEngine(Engine.VIRTUOSO);
    }

    @Override
    void stopEngine() {
        if (virtuoso != null) {
            virtuoso.close();
        }
    }

    @Test
    void everyGraphVirtuosoKeepsForItselfIsHidden() {
        List<String> graphs = new ArrayList<>();
        try (var exec = QueryExecHTTP.service(virtuoso.url("sparql"))
                .query(QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")).build()) {
            exec.select().forEachRemaining(row -> graphs.add(row.get("g").getURI()));
        }
        List<String> unknown = graphs.stream().filter(g -> !g.startsWith(BASE) && !g.startsWith("urn:x-goodpractice:")
                && !Engine.VIRTUOSO.ownGraphs().contains(g)).toList();
        assertTrue(unknown.isEmpty(), "graphs of Virtuoso's own that queries would see: " + unknown);
    }
}

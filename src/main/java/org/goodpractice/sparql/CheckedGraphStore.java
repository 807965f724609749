package org.goodpractice.sparql;

import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * Fuseki's Graph Store writes, with a write that names no graph ({@code ?default}, or a POST
 * to the endpoint itself) refused with 400 and the rule before anything is read: the store
 * would refuse it at the first triple, which Fuseki reports as a 500.
 */
final class CheckedGraphStore extends GSP_RW {
    @Override
    protected void doPut(HttpAction action) {
        requireGraph(action);
        super.doPut(action);
    }

    @Override
    protected void doPost(HttpAction action) {
        requireGraph(action);
        super.doPost(action);
    }

    @Override
    protected void doDelete(HttpAction action) {
        requireGraph(action);
        super.doDelete(action);
    }

    private static void requireGraph(HttpAction action) {
        if (action.getRequestParameter("graph") == null) {
            ServletOps.errorBadRequest("Name the graph with ?graph=IRI: the default graph of this store is the union "
                    + "of its named graphs and cannot be written, and a POST without ?graph= does not create one");
        }
    }
}

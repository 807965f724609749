package org.goodpractice.sparql;

import static org.apache.jena.riot.WebContent.ctMultipartMixed;
import static org.apache.jena.riot.WebContent.matchContentType;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.GraphTarget;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.DataUploader;
import org.apache.jena.fuseki.system.UploadDetails;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.http.HttpStatus;
import org.goodpractice.store.StoreException;

/**
 * Fuseki's Graph Store writes, with a write that names no graph ({@code ?default}, or a POST
 * to the endpoint itself) refused with 400 and the rule before anything is read: the store
 * would refuse it at the first triple, which Fuseki reports as a 500. PUT, POST and DELETE of a
 * graph run here rather than in Fuseki's code, which answers a failure of the store with a 500
 * (PUT, POST) or reports a DELETE the store did not make as done: a store's refusal is answered
 * as {@link StoreRefusals} says, a body that does not parse with 400 and the parser's message.
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

    @Override
    protected void doPutPostGSP(HttpAction action, boolean overwrite) {
        ContentType type = ActionLib.getContentType(action);
        if (type == null) {
            ServletOps.errorBadRequest("No Content-Type: say which RDF syntax the body is in (text/turtle, application/n-triples, …)");
        }
        if (matchContentType(ctMultipartMixed, type)) {
            ServletOps.error(HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "multipart/mixed is not supported: send one graph per request");
        }
        UploadDetails details;
        StoreRefusals.beginWrite(action, "write");
        try {
            GraphTarget target = GraphTarget.determineTargetGSP(decideDataset(action), action);
            if (target.isUnion()) {
                ServletOps.errorBadRequest("The union graph cannot be written: name one graph with ?graph=IRI");
            }
            boolean existed = target.exists();
            if (overwrite && existed) {
                target.graph().clear();
            }
            details = DataUploader.incomingData(action, StreamRDFLib.graph(target.graph()));
            details.setExistedBefore(existed);
            action.commit();
        } catch (RuntimeException e) {
            action.abortSilent();
            throw answer(e);
        } finally {
            action.endWrite();
        }
        ServletOps.uploadResponse(action, details);
    }

    @Override
    protected void execDeleteGSP(HttpAction action) {
        StoreRefusals.beginWrite(action, "write");
        try {
            DatasetGraph dataset = decideDataset(action);
            GraphTarget target = GraphTarget.determineTargetGSP(dataset, action);
            if (!target.exists()) {
                ServletOps.errorNotFound("No such graph: " + target.label());
            }
            dataset.removeGraph(target.graphName());
            action.commit();
        } catch (RuntimeException e) {
            action.abortSilent();
            throw answer(e);
        } finally {
            action.endWrite();
        }
        ServletOps.successNoContent(action);
    }

    /** The error a failed write is answered with. */
    private static RuntimeException answer(RuntimeException failure) {
        if (failure instanceof StoreException store) {
            return StoreRefusals.refusal(store, "write");
        }
        if (failure instanceof RiotException riot) {
            return new ActionErrorException(HttpStatus.BAD_REQUEST_400, "The body does not parse, nothing was changed: "
                    + riot.getMessage(), null);
        }
        return failure;
    }

    private static void requireGraph(HttpAction action) {
        if (action.getRequestParameter("graph") == null) {
            ServletOps.errorBadRequest("Name the graph with ?graph=IRI: the default graph of this store is the union "
                    + "of its named graphs and cannot be written, and a POST without ?graph= does not create one");
        }
    }
}

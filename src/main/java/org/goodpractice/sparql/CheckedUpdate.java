package org.goodpractice.sparql;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.eclipse.jetty.http.HttpStatus;
import org.goodpractice.store.StoreException;

/**
 * Fuseki's SPARQL Update, checked before anything is written: the text within the size and
 * nesting limits, no {@code LOAD} (which would read a server file or fetch a URL) and no
 * {@code SERVICE}; then the whole request runs in one write transaction, which
 * {@link RecordGuard} validates at commit. Evaluation stops at a deadline (regular expressions
 * included, {@link BoundedRegex}): an update past it is rolled back whole and answered 503.
 */
final class CheckedUpdate extends SPARQL_Update {
    private static final String BASE = "http://server/unset-base/";

    private final Duration timeout;

    CheckedUpdate(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        String text = IO.readWholeFileAsUTF8(input);
        String problem = QueryText.problem(text);
        if (problem != null) {
            ServletOps.error(text.length() > QueryText.MAX_LENGTH ? HttpStatus.PAYLOAD_TOO_LARGE_413 : HttpStatus.BAD_REQUEST_400,
                    problem.replace("The query", "The update"));
        }
        UpdateRequest request = new UpdateRequest();
        for (Update update : parse(action, text).getOperations()) {
            refuseOutboundAccess(update);
            request.add(allMeansNamed(update));
        }
        StoreRefusals.beginWrite(action, "update");
        try {
            run(action, request);
            action.commit();
        } catch (StoreException e) {
            action.abortSilent();
            throw StoreRefusals.refusal(e, "update");
        } catch (UpdateException | QueryException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("The update failed and nothing was changed: " + e.getMessage());
        } finally {
            action.endWrite();
        }
    }

    /**
     * Evaluates the update in the write transaction, which is aborted when it runs past the deadline.
     * Each operation runs on its own, with a cancel flag of its own and the time left: with one
     * flag for the whole request, a three-operation update was cancelled within 2 s of a 6 s deadline.
     */
    private void run(HttpAction action, UpdateRequest request) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (Update operation : request.getOperations()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new QueryCancelledException();
                }
                Context context = action.getContext().copy();
                context.set(ARQConstants.symCancelQuery, new AtomicBoolean(false));
                UpdateExec.dataset(action.getActiveDSG()).update(new UpdateRequest(operation)).context(context)
                        .timeout(left, TimeUnit.MILLISECONDS)
                        .set(ARQConstants.sysOptimizerFactory, BoundedRegex.optimizer(deadline))
                        .build().execute();
            }
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ServletOps.error(HttpStatus.SERVICE_UNAVAILABLE_503, "The update did not finish within the " + timeout.toSeconds()
                    + " s the server allows and was rolled back: nothing was changed. Narrow its WHERE pattern, or split it.");
        }
    }

    private static UpdateRequest parse(HttpAction action, String text) {
        UsingList using = new UsingList();
        for (String iri : values(action, "using-graph-uri")) {
            using.addUsing(NodeFactory.createURI(iri));
        }
        for (String iri : values(action, "using-named-graph-uri")) {
            using.addUsingNamed(NodeFactory.createURI(iri));
        }
        try {
            return UpdateFactory.read(using, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new ActionErrorException(HttpStatus.BAD_REQUEST_400, SPARQLProtocol.messageForParseException(e), e);
        } catch (UpdateException | QueryException | StackOverflowError e) {
            // A QueryException here wraps a conflict the parser found, such as using-graph-uri beside USING or WITH.
            throw new ActionErrorException(HttpStatus.BAD_REQUEST_400, "The update cannot be read: " + e.getMessage(), null);
        }
    }

    /**
     * CLEAR ALL and DROP ALL as CLEAR/DROP NAMED: the default graph is the union of the named
     * graphs, so emptying them empties it too, and the store's own bookkeeping is left alone.
     */
    private static Update allMeansNamed(Update update) {
        if (update instanceof UpdateClear clear && clear.isAll()) {
            return new UpdateClear(Target.NAMED, clear.isSilent());
        }
        if (update instanceof UpdateDrop drop && drop.isAll()) {
            return new UpdateDrop(Target.NAMED, drop.isSilent());
        }
        return update;
    }

    private static String[] values(HttpAction action, String name) {
        String[] values = action.getRequestParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static void refuseOutboundAccess(Update update) {
        if (update instanceof UpdateLoad load) {
            ServletOps.errorBadRequest("LOAD <" + load.getSource() + "> is refused: the server neither reads its own files "
                    + "nor fetches URLs for a client. Send the data itself with PUT or POST to /admin/data?graph=IRI.");
        }
        if (update instanceof UpdateModify modify && modify.getWherePattern() != null) {
            AtomicBoolean service = new AtomicBoolean();
            ElementWalker.walk(modify.getWherePattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    service.set(true);
                }
            });
            if (service.get()) {
                ServletOps.errorBadRequest("SERVICE is refused: the server does not send queries to other endpoints.");
            }
        }
    }
}

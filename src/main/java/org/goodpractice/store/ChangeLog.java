package org.goodpractice.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The store's version and the version each named graph last changed in, kept in the TDB2
 * dataset's own default graph: written in the transaction of the change it records, so a crash
 * never separates them, and out of sight of queries (whose default graph is the union of the
 * named graphs), pages and dumps. Versions of a new store start at the time it was created, in
 * milliseconds, so a version remembered from another store is recognised as not being this one's.
 * Each graph keeps the version it last changed in, and each version the graphs it changed, so that
 * the changes since a recent version are read from those versions alone rather than from every
 * graph the store holds (at 100,000 records that scan took most of importing one file). Versions
 * recorded before the second list existed are still answered by the scan. Every method runs inside
 * a transaction of the caller's, except that a bulk load ({@link BulkLoad}) streams the quads of
 * {@link #changed} to Jena's loader and commits {@link #recordVersion} after it.
 */
final class ChangeLog {
    private static final String NS = "urn:x-goodpractice:store#";
    private static final Node STORE = NodeFactory.createURI("urn:x-goodpractice:store");
    private static final Node VERSION = NodeFactory.createURI(NS + "version");
    private static final Node FIRST = NodeFactory.createURI(NS + "firstVersion");
    private static final Node CHANGED_IN = NodeFactory.createURI(NS + "changedIn");
    private static final Node LOG_FROM = NodeFactory.createURI(NS + "changesListedFrom");
    private static final Node CHANGED = NodeFactory.createURI(NS + "changed");
    /** Beyond this many versions one scan of every graph's version reads less than the lists do. */
    private static final long MOST_LISTS_READ = 4096;
    private static final Node IN_STEP_AT = NodeFactory.createURI(NS + "derivedInStepAt");
    private static final Node IN_STEP_SOURCES = NodeFactory.createURI(NS + "derivedFrom");
    private static final Node DEFAULT = Quad.defaultGraphIRI;

    private ChangeLog() {
    }

    /** The version now, or -1 for a store that has never recorded one. */
    static long version(DatasetGraph dsg) {
        return number(dsg, STORE, VERSION);
    }

    /** Records one change of {@code graphs}; returns the new version. Inside a write transaction. */
    static long record(DatasetGraph dsg, Set<Node> graphs) {
        long next = next(dsg);
        recordVersion(dsg, next);
        graphs.forEach(g -> {
            dsg.deleteAny(DEFAULT, g, CHANGED_IN, Node.ANY);
            changed(g, next).forEach(dsg::add);
        });
        return next;
    }

    /** The version the next change will be: one past the version now, or past the time for a store without one. */
    static long next(DatasetGraph dsg) {
        long now = version(dsg);
        return now < 0 ? System.currentTimeMillis() + 1 : now + 1;
    }

    /**
     * Makes {@code next} the store's version, its changes listed from there if they were not
     * already; a new store's versions start just before it. Inside a write transaction.
     */
    static void recordVersion(DatasetGraph dsg, long next) {
        if (version(dsg) < 0) {
            set(dsg, STORE, FIRST, next - 1);
        }
        set(dsg, STORE, VERSION, next);
        if (number(dsg, STORE, LOG_FROM) < 0) {
            set(dsg, STORE, LOG_FROM, next);
        }
    }

    /**
     * The quads that say graph {@code g} changed in version {@code version}, for a graph with no
     * earlier version (a bulk load writes them without a transaction to delete one in).
     */
    static List<Quad> changed(Node g, long version) {
        return List.of(Quad.create(DEFAULT, g, CHANGED_IN, literal(version)), Quad.create(DEFAULT, versionNode(version), CHANGED, g));
    }

    /** The graphs that changed after {@code since}; unknown when {@code since} is not a version of this store. */
    static Changes changesSince(DatasetGraph dsg, long since) {
        long now = version(dsg);
        long first = number(dsg, STORE, FIRST);
        if (now < 0) {
            return since == -1 ? Changes.of(since, now, Set.of()) : Changes.unknown(since, now);
        }
        if (since < first || since > now) {
            return Changes.unknown(since, now);
        }
        if (since == now) {
            // Every start in step asks this: the scan below reads one quad per graph ever written.
            return Changes.of(since, now, Set.of());
        }
        Set<String> graphs = new HashSet<>();
        long listedFrom = number(dsg, STORE, LOG_FROM);
        if (listedFrom >= 0 && since >= listedFrom - 1 && now - since <= MOST_LISTS_READ) {
            for (long v = since + 1; v <= now; v++) {
                dsg.find(DEFAULT, versionNode(v), CHANGED, Node.ANY).forEachRemaining(q -> graphs.add(q.getObject().getURI()));
            }
            return Changes.of(since, now, graphs);
        }
        Iterator<Quad> it = dsg.find(DEFAULT, Node.ANY, CHANGED_IN, Node.ANY);
        it.forEachRemaining(q -> {
            if (((Number) q.getObject().getLiteralValue()).longValue() > since) {
                graphs.add(q.getSubject().getURI());
            }
        });
        return Changes.of(since, now, graphs);
    }

    /** The mark that the derived graphs were in step, if the store has one. */
    static Optional<InStep> inStep(DatasetGraph dsg) {
        long at = number(dsg, STORE, IN_STEP_AT);
        Iterator<Quad> sources = dsg.find(DEFAULT, STORE, IN_STEP_SOURCES, Node.ANY);
        return at < 0 || !sources.hasNext() ? Optional.empty()
                : Optional.of(new InStep(at, sources.next().getObject().getLiteralLexicalForm()));
    }

    /** Writes {@code mark} if its version is the store's now; inside a write transaction. */
    static boolean markInStep(DatasetGraph dsg, InStep mark) {
        if (mark.version() != version(dsg)) {
            return false;
        }
        set(dsg, STORE, IN_STEP_AT, mark.version());
        dsg.deleteAny(DEFAULT, STORE, IN_STEP_SOURCES, Node.ANY);
        dsg.add(DEFAULT, STORE, IN_STEP_SOURCES, NodeFactory.createLiteralString(mark.sources()));
        return true;
    }

    private static Node versionNode(long version) {
        return NodeFactory.createURI("urn:x-goodpractice:store:version:" + version);
    }

    private static long number(DatasetGraph dsg, Node subject, Node property) {
        Iterator<Quad> it = dsg.find(DEFAULT, subject, property, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : -1;
    }

    private static void set(DatasetGraph dsg, Node subject, Node property, long value) {
        dsg.deleteAny(DEFAULT, subject, property, Node.ANY);
        dsg.add(DEFAULT, subject, property, literal(value));
    }

    private static Node literal(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDlong);
    }
}

package org.goodpractice.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bulk load of new graphs into a TDB2 store through Jena's parallel loader: quads go to its
 * pipeline as they come and every index is built beside them, without the transaction journal
 * and the copied index blocks that a write transaction of millions of quads costs. (The phased
 * loader, {@code tdb2.tdbloader}'s default, imported 100,000 practices 5% slower on two cores and
 * spent its last 40 s building indexes after the last record was reported.) Readers wait while it
 * runs: the loader holds the store in exclusive mode.
 * <p>
 * The loader commits its indexes one by one, so a process killed while it runs leaves them out
 * of step with each other. Before it starts, the store as it was is therefore copied into a file
 * in the store's directory ({@value #BEFORE}, N-Quads, a small file for the store with no record
 * this is meant for); the file goes once the load and its version are committed. A store opened
 * with the file present is emptied and given back that content ({@link #recoverIfInterrupted}).
 */
final class BulkLoad {
    /** The file holding the store as it was before a bulk load that has not finished. */
    static final String BEFORE = "bulk-load-before.nq";
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);

    private final DatasetGraph dsg;
    private final Path before;
    private final Set<Node> existing = new HashSet<>();
    private final Set<Node> loaded = new HashSet<>();
    private final long version;
    private final DataLoader loader;
    private final StreamRDF stream;

    private BulkLoad(DatasetGraph dsg, Location location) {
        this.dsg = dsg;
        this.before = location.isMem() ? null : Path.of(location.getDirectoryPath(), BEFORE);
        this.version = Txn.calculateRead(dsg, () -> {
            dsg.listGraphNodes().forEachRemaining(existing::add);
            if (before != null) {
                keepBefore(dsg, before);
            }
            return ChangeLog.next(dsg);
        });
        this.loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> LOG.debug(String.format(fmt, args)));
        this.stream = loader.stream();
    }

    /** Starts a bulk load into {@code dsg}, which must not be in a transaction. */
    static BulkLoad start(DatasetGraph dsg, Location location) {
        BulkLoad load = new BulkLoad(dsg, location);
        load.loader.startBulk();
        load.stream.start();
        return load;
    }

    /** Sends every graph of {@code graphs} to the loader; each must be new to the store and to this load. */
    void add(Map<String, Model> graphs) {
        graphs.forEach((iri, model) -> {
            Node g = NodeFactory.createURI(iri);
            if (existing.contains(g) || !loaded.add(g)) {
                throw new StoreException("a bulk load only adds new graphs, and " + iri + " is already in the store");
            }
            // As a write transaction stores them (see TdbStore#canonical), so that unchanged content compares equal later.
            model.getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(g, t.getSubject(), t.getPredicate(),
                    t.getObject().isLiteral() ? CanonicalizeLiteral.get().apply(t.getObject()) : t.getObject())));
            ChangeLog.changed(g, version).forEach(stream::quad);
        });
    }

    /** Lets the loader build its indexes and commits the load as one version; returns it, or -1 when nothing was loaded. */
    long finish() {
        stream.finish();
        loader.finishBulk();
        if (!loaded.isEmpty()) {
            Txn.executeWrite(dsg, () -> ChangeLog.recordVersion(dsg, version));
        }
        if (before != null) {
            delete(before);
        }
        return loaded.isEmpty() ? -1 : version;
    }

    /** Ends a load whose writes failed; the store is put back as it was when it is next opened. */
    StoreException fail(RuntimeException cause) {
        loader.finishException(cause);
        return new StoreException("the bulk load stopped: " + cause.getMessage()
                + "; the store is put back as it was before the load when it is next opened", cause);
    }

    /**
     * Puts the store in {@code directory} back as it was before a bulk load that did not finish, if
     * one did not: everything in the directory is removed and the kept content written back.
     */
    static void recoverIfInterrupted(Path directory) {
        Path kept = directory.resolve(BEFORE);
        if (!Files.exists(kept)) {
            return;
        }
        LOG.warn("The bulk load into {} did not finish; putting the store back as it was before it", directory);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> !f.equals(kept)).toList()) {
                deleteTree(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + directory + " after an interrupted bulk load", e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, kept.toString(), Lang.NQUADS));
        delete(kept);
    }

    /** Writes the whole store to {@code file} through a temporary file, so the file is there whole or not at all. */
    private static void keepBefore(DatasetGraph dsg, Path file) {
        Path partial = file.resolveSibling(BEFORE + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            RDFDataMgr.write(out, dsg, Lang.NQUADS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the store's content before a bulk load in " + partial, e);
        }
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the store's content before a bulk load in " + file, e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.delete(path);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}

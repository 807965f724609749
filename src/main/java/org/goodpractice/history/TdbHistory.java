package org.goodpractice.history;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.vocab.PROV;

/**
 * A {@link History} in a TDB2 dataset of its own (by default {@code STORE-history} beside the
 * store): a metadata graph that describes every version with PROV and holds each version's
 * content packed into one literal (N-Triples, gzipped). A version is written whole and read
 * whole, never queried inside, so one literal costs one node where a graph of its triples cost
 * six index entries per triple: a bulk import's history is then a small part of its work.
 *
 * <pre>
 * try (TdbHistory history = TdbHistory.open(Path.of("store-history"))) {
 *     history.versions("http://localhost:8080/id/practice/0557C2");
 * }
 * </pre>
 */
public final class TdbHistory implements History {
    /** The graph describing the versions; its name is private to this dataset. */
    static final String METADATA = "urn:goodpractice:history";
    /** The record graph a version was written to, so that a revert writes it back there. */
    private static final Property GRAPH = ResourceFactory.createProperty("urn:goodpractice:history#graph");
    /** A version's content, packed. */
    private static final Property CONTENT = ResourceFactory.createProperty("urn:goodpractice:history#content");

    private final Dataset dataset;
    private final boolean onDisk;

    private TdbHistory(Dataset dataset, boolean onDisk) {
        this.dataset = dataset;
        this.onDisk = onDisk;
    }

    public static TdbHistory open(Path directory) {
        requireNonNull(directory, "directory");
        try {
            return new TdbHistory(TDB2Factory.connectDataset(directory.toString()), true);
        } catch (RuntimeException e) {
            throw new HistoryException("cannot open the history of versions in " + directory + ": " + e.getMessage()
                    + " (is another process using it?)", e);
        }
    }

    public static TdbHistory inMemory() {
        return new TdbHistory(TDB2Factory.createDataset(), false);
    }

    @Override
    public synchronized List<Version> recordAll(List<Entry> entries) {
        requireNonNull(entries, "entries");
        // One write transaction for the lot: TDB2 copies every index block a transaction touches,
        // so a transaction per record grew the history by megabytes per record in a bulk import.
        return Txn.calculateWrite(dataset, () -> {
            List<Version> made = new ArrayList<>();
            for (Entry entry : entries) {
                keep(entry).ifPresent(made::add);
            }
            return made;
        });
    }

    private Optional<Version> keep(Entry entry) {
        String record = entry.record();
        List<Version> versions = read(record);
        if (!versions.isEmpty() && read(record, versions.get(0).number()).map(entry.content()::isIsomorphicWith).orElse(false)) {
            return Optional.empty();
        }
        int number = versions.isEmpty() ? 1 : versions.get(0).number() + 1;
        String iri = History.versionIri(record, number);
        Change change = entry.change();
        Model meta = dataset.getNamedModel(METADATA);
        Resource v = meta.createResource(iri).addProperty(RDF.type, PROV.Entity)
                .addProperty(CONTENT, meta.asRDFNode(VersionContent.pack(entry.content())))
                .addProperty(PROV.specializationOf, meta.createResource(record))
                .addLiteral(SchemaDO.version, number)
                .addProperty(GRAPH, meta.createResource(entry.graph()))
                .addLiteral(PROV.generatedAtTime, meta.createTypedLiteral(calendar(change.when())))
                .addProperty(PROV.wasAttributedTo, meta.createResource()
                        .addProperty(RDF.type, PROV.Agent)
                        .addProperty(RDFS.label, change.who()))
                .addProperty(RDFS.comment, change.why());
        if (number > 1) {
            v.addProperty(PROV.wasRevisionOf, meta.createResource(History.versionIri(record, number - 1)));
        }
        return Optional.of(new Version(record, number, entry.graph(), change));
    }

    /** One write transaction for all of {@code writes}, as the store takes a bulk load (see {@link org.goodpractice.store.SparqlStore#writeTogether}). */
    @Override
    public void writeTogether(Runnable writes) {
        requireNonNull(writes, "writes");
        Txn.executeWrite(dataset, writes);
    }

    /** Whether no version has been kept yet. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> dataset.getNamedModel(METADATA).isEmpty());
    }

    /**
     * Rewrites the history without the index block copies its write transactions left behind, as
     * the store is after a bulk import; nothing to do in memory.
     */
    public synchronized void compact() {
        if (onDisk) {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        }
    }

    @Override
    public List<Version> versions(String record) {
        requireNonNull(record, "record");
        return Txn.calculateRead(dataset, () -> read(record));
    }

    @Override
    public Optional<Model> content(String record, int number) {
        requireNonNull(record, "record");
        return Txn.calculateRead(dataset, () -> read(record, number));
    }

    private Optional<Model> read(String record, int number) {
        String iri = History.versionIri(record, number);
        Statement packed = dataset.getNamedModel(METADATA).createResource(iri).getProperty(CONTENT);
        if (packed != null) {
            return Optional.of(VersionContent.unpack(packed.getLiteral()));
        }
        // Histories written before the content was packed hold each version as a graph of its own.
        if (dataset.containsNamedModel(iri)) {
            return Optional.of(ModelFactory.createDefaultModel().add(dataset.getNamedModel(iri)));
        }
        return Optional.empty();
    }

    @Override
    public Optional<Model> description(String record, int number) {
        String iri = History.versionIri(requireNonNull(record, "record"), number);
        return Txn.calculateRead(dataset, () -> {
            Model meta = dataset.getNamedModel(METADATA);
            Resource v = meta.createResource(iri);
            if (!meta.contains(v, PROV.specializationOf)) {
                return Optional.<Model>empty();
            }
            Model out = ModelFactory.createDefaultModel();
            v.listProperties().forEach(s -> {
                if (!s.getPredicate().equals(GRAPH) && !s.getPredicate().equals(CONTENT)) {
                    out.add(s);
                }
                if (s.getObject().isAnon()) {
                    out.add(s.getResource().listProperties());
                }
            });
            return Optional.of(out);
        });
    }

    private List<Version> read(String record) {
        Model meta = dataset.getNamedModel(METADATA);
        return meta.listSubjectsWithProperty(PROV.specializationOf, meta.createResource(record)).toList().stream()
                .map(v -> new Version(record, v.getProperty(SchemaDO.version).getInt(),
                        v.getPropertyResourceValue(GRAPH).getURI(), change(v)))
                .sorted(Comparator.comparingInt(Version::number).reversed())
                .toList();
    }

    private static Change change(Resource v) {
        Statement who = v.getPropertyResourceValue(PROV.wasAttributedTo).getProperty(RDFS.label);
        Calendar when = ((XSDDateTime) v.getProperty(PROV.generatedAtTime).getLiteral().getValue())
                .asCalendar();
        return new Change(who.getString(), v.getProperty(RDFS.comment).getString(), when.toInstant());
    }

    private static Calendar calendar(Instant when) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(when.toEpochMilli());
        return c;
    }

    @Override
    public void close() {
        dataset.close();
    }
}

package org.goodpractice.linkeddata;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.goodpractice.sparql.EndpointLimits;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.vocab.SD;

/**
 * The dataset described for machines: VoID and DCAT-AP 3 (size, classes, vocabularies, SPARQL
 * endpoint, example resources, licence, dumps, and the catalogue with publisher, contact point,
 * theme and coverage: see {@link DcatCatalogue}) and the SPARQL 1.1 Service Description of the
 * endpoint. Figures come from the store each time the content version changes.
 *
 * <pre>
 * DatasetDescription description = new DatasetDescription(store, "http://localhost:8080/", EndpointLimits.DEFAULT);
 * Model voidAndDcat = description.dataset(description.figures());
 * </pre>
 */
public final class DatasetDescription {
    /** Everything the repository publishes is licensed under Creative Commons Attribution 4.0. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    public static final String TITLE = "Good-practice repository";
    public static final String DESCRIPTION = "Regional-policy good practices (such as the Interreg IVC good-practice "
            + "annexes) as linked open data: priority, sub-theme, location, dates, topics, evidence and contacts.";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private static final Query TRIPLES = Queries.load("dataset-triples");
    private static final Query CLASSES = Queries.load("dataset-classes");
    private static final Query TERMS = Queries.load("dataset-terms");
    private static final Query EXAMPLES = Queries.load("dataset-examples");
    private static final Query COVERAGE = Queries.load("dataset-coverage");
    private static final Query NAMED_GRAPHS = Queries.load("named-graphs");

    /** A class used in the dataset and how many instances it has. */
    public record ClassCount(String iri, long entities) {
    }

    /**
     * What the data covers: the countries of its practices, the span of their dates and when
     * records were first and last imported; a date is null when no record has one.
     */
    public record Coverage(List<String> countries, Literal start, Literal end, Literal firstImport, Literal lastImport) {
    }

    /** The figures a description is made of. */
    public record Figures(long triples, List<ClassCount> classes, Set<String> vocabularies, List<String> examples,
            Coverage coverage) {
    }

    private final SparqlStore store;
    private final String base;
    private final EndpointLimits limits;

    public DatasetDescription(SparqlStore store, String baseUri, EndpointLimits limits) {
        this.store = requireNonNull(store, "store");
        this.base = requireNonNull(baseUri, "baseUri");
        this.limits = requireNonNull(limits, "limits");
    }

    /** The IRI of the dataset itself (a hash IRI in its description document). */
    public static String datasetIri(String baseUri) {
        return baseUri + "dataset#dataset";
    }

    /** The IRI of the SPARQL service (a hash IRI in its service description). */
    public static String serviceIri(String baseUri) {
        return baseUri + "sparql#service";
    }

    public Figures figures() {
        long triples = store.select(TRIPLES, rs -> rs.next().getLiteral("triples").getLong());
        List<ClassCount> classes = store.select(CLASSES, rs -> {
            List<ClassCount> list = new ArrayList<>();
            rs.forEachRemaining(row -> list.add(new ClassCount(row.getResource("class").getURI(),
                    row.getLiteral("entities").getLong())));
            return list;
        });
        Set<String> vocabularies = store.select(TERMS, rs -> {
            Set<String> namespaces = new TreeSet<>();
            rs.forEachRemaining(row -> {
                if (row.get("term").isURIResource()) {
                    namespaces.add(namespace(row.getResource("term").getURI()));
                }
            });
            return namespaces;
        });
        List<String> examples = store.select(EXAMPLES, rs -> {
            List<String> list = new ArrayList<>();
            rs.forEachRemaining(row -> list.add(row.getResource("example").getURI()));
            return list;
        });
        return new Figures(triples, classes, vocabularies, examples, store.select(COVERAGE, DatasetDescription::coverage));
    }

    private static Coverage coverage(org.apache.jena.query.ResultSet rs) {
        List<String> countries = new ArrayList<>();
        Literal[] dates = new Literal[4];
        String[] names = {"start", "end", "firstImport", "lastImport"};
        rs.forEachRemaining(row -> {
            if (row.contains("country")) {
                countries.add(row.getResource("country").getURI());
            }
            for (int i = 0; i < names.length; i++) {
                if (row.contains(names[i])) {
                    dates[i] = row.getLiteral(names[i]);
                }
            }
        });
        return new Coverage(List.copyOf(countries), dates[0], dates[1], dates[2], dates[3]);
    }

    /** VoID and DCAT for the dataset, its dumps and its SPARQL service. */
    public Model dataset(Figures figures) {
        Model m = ModelFactory.createDefaultModel();
        Resource dataset = m.createResource(datasetIri(base))
                .addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, TITLE, "en")
                .addProperty(DCTerms.description, DESCRIPTION, "en")
                .addProperty(DCTerms.license, DcatCatalogue.license(m))
                .addProperty(FOAF.homepage, m.createResource(base))
                .addProperty(DCAT.landingPage, DcatCatalogue.document(m, base))
                .addProperty(VOID.uriSpace, base)
                .addLiteral(VOID.triples, integer(figures.triples()))
                .addLiteral(VOID.classes, integer(figures.classes().size()))
                .addProperty(VOID.sparqlEndpoint, m.createResource(base + "sparql"));
        m.createResource(base + "dataset").addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(FOAF.primaryTopic, dataset)
                .addProperty(DCTerms.title, "Description of the " + TITLE + " dataset", "en");
        for (ClassCount c : figures.classes()) {
            dataset.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, m.createResource(c.iri()))
                    .addLiteral(VOID.entities, integer(c.entities())));
        }
        figures.vocabularies().forEach(ns -> dataset.addProperty(VOID.vocabulary, m.createResource(ns)));
        figures.examples().forEach(iri -> dataset.addProperty(VOID.exampleResource, m.createResource(iri)));
        for (Dumps.Kind kind : Dumps.Kind.values()) {
            for (boolean gzipped : List.of(true, false)) {
                Resource dump = m.createResource(base + "dumps/" + (gzipped ? kind.file() : kind.plainFile()));
                dataset.addProperty(VOID.dataDump, dump).addProperty(DCAT.distribution, dump);
                dump.addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCTerms.title, "Full dump, " + kind.mediaType() + (gzipped ? ", gzipped" : ""), "en")
                        .addProperty(DCAT.downloadURL, dump)
                        .addProperty(DCAT.mediaType, DcatCatalogue.mediaType(m, IANA + kind.mediaType()))
                        .addProperty(DCTerms.license, DcatCatalogue.license(m));
                if (gzipped) {
                    dump.addProperty(DCAT.compressFormat, DcatCatalogue.mediaType(m, IANA + "application/gzip"));
                }
                DcatCatalogue.distribution(m, dump, kind.mediaType(), kind.fileType(), gzipped);
            }
        }
        Resource service = m.createResource(serviceIri(base))
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "SPARQL 1.1 endpoint", "en")
                .addProperty(DCAT.endpointURL, m.createResource(base + "sparql"))
                .addProperty(DCAT.endpointDescription, m.createResource(base + "sparql"))
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.license, DcatCatalogue.license(m));
        DcatCatalogue.describe(m, base, dataset, service, figures.coverage());
        return m;
    }

    /** The SPARQL 1.1 Service Description of the public endpoint, with its limits. */
    public Model service(Figures figures) {
        Model m = ModelFactory.createDefaultModel();
        Resource service = m.createResource(serviceIri(base))
                .addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, m.createResource(base + "sparql"))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph)
                .addProperty(RDFS.comment, String.format("Read-only. Queries stop after %d s; results are capped at "
                        + "%d solutions; at most %d queries run at once. SERVICE (federated query) is disabled. "
                        + "Full dumps: %sdataset.", limits.queryTimeout().toSeconds(), limits.resultLimit(),
                        limits.maxConcurrentQueries(), base), "en");
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples")) {
            service.addProperty(SD.resultFormat, SD.format(format));
        }
        Resource dataset = m.createResource(datasetIri(base))
                .addProperty(RDF.type, SD.Dataset)
                .addProperty(SD.defaultGraph, m.createResource()
                        .addProperty(RDF.type, SD.Graph)
                        .addLiteral(VOID.triples, integer(figures.triples())));
        service.addProperty(SD.defaultDataset, dataset);
        store.select(NAMED_GRAPHS, rs -> {
            rs.forEachRemaining(row -> dataset.addProperty(SD.namedGraph, m.createResource()
                    .addProperty(RDF.type, SD.NamedGraph)
                    .addProperty(SD.name, row.getResource("g"))
                    .addProperty(SD.graph, m.createResource().addProperty(RDF.type, SD.Graph))));
            return null;
        });
        return m;
    }

    /** VoID counts are xsd:integer. */
    private static Literal integer(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The namespace of a term: everything up to its last '#' or '/'. */
    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }
}

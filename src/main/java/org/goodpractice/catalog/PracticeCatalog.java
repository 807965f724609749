package org.goodpractice.catalog;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.catalog.PracticeView.Place;
import org.goodpractice.catalog.PracticeView.Point;
import org.goodpractice.catalog.PracticeView.ResolvedPlace;
import org.goodpractice.ingest.Iris;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.store.VersionedCache;
import org.goodpractice.vocab.GP;
import org.goodpractice.vocab.LOCN;
import org.goodpractice.vocab.WGS84;

/**
 * The practices in a store, read through SPARQL, as the web pages show them.
 *
 * <pre>
 * PracticeCatalog catalog = new PracticeCatalog(store, "http://localhost:8080/");
 * catalog.practice("0557C2").map(PracticeView::title);
 * </pre>
 */
public final class PracticeCatalog {
    private static final Query RECORD = Queries.load("practice-record");
    private static final Query REFERENCES = Queries.load("reference-graphs");
    private static final Query IDS = Queries.load("practice-ids");
    private static final String REFERENCE_KEY = "reference";

    private final SparqlStore store;
    private final String baseUri;
    private final Query references;
    /**
     * The ontology and gazetteer graphs, held in memory while the store does not change: a few
     * thousand triples that give every page its labels without a query on the whole store.
     */
    private final VersionedCache<String, Model> referenceGraphs;

    public PracticeCatalog(SparqlStore store, String baseUri) {
        this.store = requireNonNull(store, "store");
        this.baseUri = requireNonNull(baseUri, "baseUri");
        this.references = Queries.bind(REFERENCES, Map.of(
                "ontology", NodeFactory.createURI(Ontology.graphIri(baseUri)),
                "gazetteer", NodeFactory.createURI(Iris.gazetteerGraph(baseUri))));
        this.referenceGraphs = new VersionedCache<>(store::version, 1, graphs -> 1);
    }

    /** The index of every practice in the store, in no particular order. */
    public List<String> ids() {
        return store.select(IDS, rs -> {
            List<String> ids = new ArrayList<>();
            rs.forEachRemaining(row -> ids.add(row.getLiteral("id").getString()));
            return ids;
        });
    }

    /** The practice with index {@code id}, if the store has it. */
    public Optional<PracticeView> practice(String id) {
        String iri = Iris.practice(baseUri, id);
        return practice(id, store.construct(Queries.bind(RECORD, Map.of("practice", NodeFactory.createURI(iri)))));
    }

    /** Practice {@code id} as {@code record} (its record graph, e.g. a past version of it) describes it. */
    public Optional<PracticeView> practice(String id, Model record) {
        requireNonNull(record, "record");
        String iri = Iris.practice(baseUri, requireNonNull(id, "id"));
        Resource p = ModelFactory.createUnion(record, referenceGraphs.get(REFERENCE_KEY, key -> store.construct(references)))
                .createResource(iri);
        if (!p.hasProperty(DCTerms.title)) {
            return Optional.empty();
        }
        return Optional.of(new PracticeView(
                iri,
                string(p, DCTerms.identifier),
                string(p, DCTerms.title),
                link(p, GP.programme, SKOS.prefLabel),
                p.listProperties(GP.programmeTopic).mapWith(s -> link(s, SKOS.prefLabel)).toList().stream()
                        .sorted(Comparator.comparing(Link::label)).toList(),
                link(p, GP.priority, SKOS.prefLabel),
                link(p, GP.subTheme, SKOS.prefLabel),
                place(p),
                date(p, SchemaDO.startDate),
                date(p, SchemaDO.endDate),
                p.listProperties(SchemaDO.keywords).mapWith(Statement::getString).toList().stream().sorted().toList(),
                paragraphs(string(p, DCTerms.description)),
                paragraphs(string(p, GP.evidenceOfSuccess)),
                new PracticeView.PlatformTexts(paragraphs(string(p, GP.resourcesNeeded)),
                        paragraphs(string(p, GP.potentialForTransfer)), paragraphs(string(p, GP.furtherInformation)),
                        string(p, SchemaDO.url), paragraphs(string(p, GP.expertOpinion)),
                        link(p, GP.owner, SKOS.prefLabel), ownerCountry(p), projectName(p)),
                link(p, GP.contactPerson, FOAF.name),
                link(p, GP.contactOrganisation, SKOS.prefLabel),
                date(p, GP.annexCompleted),
                resolvedPlace(p),
                PracticeDetails.indicators(p.getModel(), iri),
                PracticeDetails.provenance(record)));
    }

    private static Place place(Resource practice) {
        Statement spatial = practice.getProperty(DCTerms.spatial);
        if (spatial == null || !spatial.getObject().isResource()) {
            return null;
        }
        Resource address = spatial.getResource();
        List<String> regions = address.listProperties(LOCN.adminUnitL2).mapWith(Statement::getString).toList();
        return new Place(address.getURI(), string(address, LOCN.fullAddress), string(address, LOCN.adminUnitL1),
                regions.stream().sorted(Comparator.naturalOrder()).toList(), string(address, LOCN.postName));
    }

    private static ResolvedPlace resolvedPlace(Resource practice) {
        Link country = link(practice, GP.country, SKOS.prefLabel);
        List<Link> regions = practice.listProperties(GP.region).mapWith(Statement::getResource).toList().stream()
                .map(r -> new Link(string(r, SKOS.prefLabel) + " (NUTS " + string(r, GP.nutsLevel) + " "
                        + string(r, SKOS.notation) + ")", r.getURI()))
                .sorted(Comparator.comparing(Link::iri))
                .toList();
        Statement locality = practice.getProperty(GP.locality);
        Point point = null;
        if (locality != null && locality.getObject().isResource() && locality.getResource().hasProperty(WGS84.lat)) {
            Resource city = locality.getResource();
            point = new Point(string(city, RDFS.label), city.getURI(),
                    city.getProperty(WGS84.lat).getLiteral().getLexicalForm(),
                    city.getProperty(WGS84.long_).getLiteral().getLexicalForm());
        }
        if (country == null && regions.isEmpty() && point == null) {
            return null;
        }
        return new ResolvedPlace(country, regions, point);
    }

    /** The owner organisation's country: its IRI, labelled when the store has its label. */
    private static Link ownerCountry(Resource practice) {
        Statement owner = practice.getProperty(GP.owner);
        return owner == null || !owner.getObject().isResource() ? null : link(owner.getResource(), GP.country, SKOS.prefLabel);
    }

    private static String projectName(Resource practice) {
        Statement s = practice.getProperty(GP.project);
        return s == null || !s.getObject().isResource() ? null : string(s.getResource(), SchemaDO.name);
    }

    private static Link link(Resource subject, Property property, Property label) {
        return link(subject.getProperty(property), label);
    }

    private static Link link(Statement s, Property label) {
        if (s == null || !s.getObject().isResource()) {
            return null;
        }
        Resource target = s.getResource();
        String text = string(target, label);
        return new Link(text != null ? text : target.getURI(), target.getURI());
    }

    private static String string(Resource subject, Property property) {
        Statement s = subject.getProperty(property);
        return s == null ? null : s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : s.getResource().getURI();
    }

    private static String date(Resource subject, Property property) {
        Statement s = subject.getProperty(property);
        RDFNode o = s == null ? null : s.getObject();
        return o != null && o.isLiteral() ? o.asLiteral().getLexicalForm() : null;
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n\n")).filter(p -> !p.isBlank()).toList();
    }
}

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
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.catalog.CaseStudyView.Author;
import org.goodpractice.catalog.CaseStudyView.Fact;
import org.goodpractice.catalog.CaseStudyView.Related;
import org.goodpractice.ingest.Iris;
import org.goodpractice.sparql.Queries;
import org.goodpractice.store.SparqlStore;
import org.goodpractice.vocab.GP;

/**
 * The case studies in a store, read through SPARQL, as their pages and the pages of related
 * practices show them.
 *
 * <pre>
 * CaseStudyCatalog catalog = new CaseStudyCatalog(store, "http://localhost:8080/");
 * catalog.caseStudy("smart-specialisation-and-building-links-with-smes").map(CaseStudyView::title);
 * </pre>
 */
public final class CaseStudyCatalog {
    private static final Query DESCRIBE = Queries.load("case-study");
    private static final Query RELATED = Queries.load("related-case-studies");

    private final SparqlStore store;
    private final String baseUri;

    public CaseStudyCatalog(SparqlStore store, String baseUri) {
        this.store = requireNonNull(store, "store");
        this.baseUri = requireNonNull(baseUri, "baseUri");
    }

    /** The case study with identifier {@code id}, if the store has it. */
    public Optional<CaseStudyView> caseStudy(String id) {
        String iri = Iris.article(baseUri, id);
        Model m = store.construct(Queries.bind(DESCRIBE, Map.of("caseStudy", NodeFactory.createURI(iri))));
        Resource a = m.createResource(iri);
        if (!a.hasProperty(DCTerms.title) || !a.hasProperty(RDF.type, GP.CaseStudy)) {
            return Optional.empty();
        }
        return Optional.of(new CaseStudyView(iri, string(a, DCTerms.identifier), string(a, DCTerms.title),
                links(a, DCTerms.subject), paragraphs(string(a, SchemaDO.articleBody)),
                objects(a, SchemaDO.image).stream().map(i -> string(i, SchemaDO.caption)).sorted().toList(),
                authors(a), places(a), mentions(a), figures(a), inferred(a), related(m, a)));
    }

    /** The case studies related to the practice {@code practiceIri}, with the reasons. */
    public List<Related> relatedTo(String practiceIri) {
        Query query = Queries.bind(RELATED, Map.of("practice", NodeFactory.createURI(requireNonNull(practiceIri, "practiceIri"))));
        return store.select(query, rs -> {
            List<Related> related = new ArrayList<>();
            rs.forEachRemaining(row -> related.add(new Related(row.getLiteral("title").getString(),
                    "/article/" + row.getLiteral("id").getString(), List.of(row.getLiteral("reasons").getString().split("; ")))));
            return related;
        });
    }

    private static List<Author> authors(Resource a) {
        return objects(a, SchemaDO.author).stream().map(p -> {
            Resource org = p.getPropertyResourceValue(ORG.memberOf);
            return new Author(string(p, FOAF.name), string(p, SchemaDO.honorificPrefix), string(p, SchemaDO.jobTitle),
                    org == null ? null : string(org, SKOS.prefLabel));
        }).sorted(Comparator.comparing(Author::name)).toList();
    }

    private static List<Link> places(Resource a) {
        List<Link> places = new ArrayList<>();
        for (Property p : List.of(GP.country, GP.region, GP.locality)) {
            places.addAll(links(a, p));
        }
        return places;
    }

    private static List<Fact> mentions(Resource a) {
        return objects(a, GP.mention).stream().map(m -> {
            Resource thing = m.getPropertyResourceValue(GP.mentionOf);
            return new Fact(label(thing), thing.getURI(), string(m, GP.rule) + ": “" + string(m, GP.quote) + "”",
                    string(m, GP.sourceSentence));
        }).sorted(Comparator.comparing(Fact::label)).toList();
    }

    private static List<Fact> figures(Resource a) {
        return objects(a, GP.indicator).stream().map(i -> new Fact(string(i, RDFS.label), i.getURI(),
                literal(i, SchemaDO.value), string(i, GP.sourceSentence))).sorted(Comparator.comparing(Fact::iri)).toList();
    }

    private static List<Fact> inferred(Resource a) {
        return objects(a, GP.classification).stream().map(c -> {
            Resource concept = c.getPropertyResourceValue(GP.concept);
            return new Fact(label(concept), concept.getURI(), "score " + literal(c, GP.score), string(c, GP.matchedWords));
        }).sorted(Comparator.comparing(Fact::how).reversed()).toList();
    }

    private static List<Related> related(Model m, Resource a) {
        List<Related> related = new ArrayList<>();
        m.listSubjectsWithProperty(GP.relates, a).forEach(relation -> relation.listProperties(GP.relates)
                .mapWith(Statement::getResource).filterDrop(a::equals).forEach(other -> related.add(new Related(
                        string(other, DCTerms.title), "/practice/" + string(other, DCTerms.identifier),
                        relation.listProperties(GP.reason).mapWith(Statement::getString).toList().stream().sorted().toList()))));
        related.sort(Comparator.comparing((Related r) -> -r.reasons().size()).thenComparing(Related::title));
        return related;
    }

    private static List<Link> links(Resource a, Property p) {
        return objects(a, p).stream().map(o -> new Link(label(o), o.getURI())).sorted(Comparator.comparing(Link::label)).toList();
    }

    private static List<Resource> objects(Resource a, Property p) {
        return a.listProperties(p).mapWith(Statement::getObject).filterKeep(RDFNode::isResource)
                .mapWith(RDFNode::asResource).toList();
    }

    private static String label(Resource r) {
        for (Property p : List.of(SKOS.prefLabel, RDFS.label, FOAF.name)) {
            String s = string(r, p);
            if (s != null) {
                return s;
            }
        }
        return r.getURI();
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? null : s.getString();
    }

    private static String literal(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getObject().asLiteral().getLexicalForm();
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n\n")).filter(s -> !s.isBlank()).toList();
    }
}

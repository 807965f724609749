package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.vocab.GP;
import org.goodpractice.vocab.Prefixes;

/**
 * Turns a checked {@link Annex} into the RDF graph of its record, following
 * {@code ontology/goodpractice.ttl}. Text is tagged English, the language of the annexes. Its
 * location and indicators are added after mapping, by {@link Enrichment}.
 *
 * <pre>
 * Model graph = new AnnexMapper("http://localhost:8080/").map(annex);
 * </pre>
 */
public final class AnnexMapper {
    private static final String LANG = "en";
    /** The programme every annex comes from, relative to the base (programmes.ttl). */
    public static final String PROGRAMME = "id/concept/programme/interreg-ivc";

    private final String base;

    public AnnexMapper(String baseUri) {
        this.base = requireNonNull(baseUri, "baseUri");
    }

    public Model map(Annex annex) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.COMMON);
        Resource practice = m.createResource(Iris.practice(base, annex.index()), GP.GoodPractice)
                .addProperty(DCTerms.identifier, annex.index())
                .addProperty(DCTerms.title, annex.title(), LANG)
                .addProperty(GP.priority, m.createResource(annex.priority().iri()));
        if (annex.subTheme() != null) {
            practice.addProperty(GP.subTheme, m.createResource(annex.subTheme().iri()));
        }
        addDate(practice, SchemaDO.startDate, annex.start());
        addDate(practice, SchemaDO.endDate, annex.end());
        annex.topics().forEach(topic -> practice.addProperty(SchemaDO.keywords, topic, LANG));
        addText(practice, DCTerms.description, String.join("\n\n", annex.description()));
        addText(practice, GP.evidenceOfSuccess, String.join("\n\n", annex.evidence()));
        Resource organisation = null;
        if (annex.contactOrganisation() != null) {
            organisation = m.createResource(Iris.organisation(base, annex.contactOrganisation()), ORG.Organization)
                    .addProperty(SKOS.prefLabel, annex.contactOrganisation(), LANG);
            practice.addProperty(GP.contactOrganisation, organisation);
        }
        if (annex.contactPerson() != null) {
            Resource person = m.createResource(Iris.person(base, annex.contactPerson()), FOAF.Person)
                    .addProperty(FOAF.name, annex.contactPerson());
            if (organisation != null) {
                person.addProperty(ORG.memberOf, organisation);
            }
            practice.addProperty(GP.contactPerson, person);
        }
        addDate(practice, GP.annexCompleted, annex.completed());
        practice.addProperty(GP.programme, m.createResource(base + PROGRAMME));
        return m;
    }

    private static void addDate(Resource subject, Property property, LocalDate date) {
        if (date != null) {
            subject.addLiteral(property, subject.getModel().createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
        }
    }

    private static void addText(Resource subject, Property property, String text) {
        if (!text.isBlank()) {
            subject.addProperty(property, text, LANG);
        }
    }
}

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
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.place.Location;
import org.goodpractice.vocab.GP;
import org.goodpractice.vocab.Prefixes;
import org.goodpractice.vocab.LOCN;

/**
 * Turns a checked {@link Annex} into the RDF graph of its record, following
 * {@code ontology/goodpractice.ttl}. Text is tagged English, the language of the annexes.
 *
 * <pre>
 * Model graph = new AnnexMapper("http://localhost:8080/").map(annex);
 * </pre>
 */
public final class AnnexMapper {
    private static final String LANG = "en";

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
        if (annex.location() != null) {
            practice.addProperty(DCTerms.spatial, location(m, practice, annex.location()));
            resolvedPlaces(practice, annex.location());
        }
        addDate(practice, SchemaDO.startDate, annex.start());
        addDate(practice, SchemaDO.endDate, annex.end());
        annex.topics().forEach(topic -> practice.addProperty(SchemaDO.keywords, topic, LANG));
        addText(practice, DCTerms.description, String.join("\n\n", annex.description()));
        addText(practice, GP.evidenceOfSuccess, String.join("\n\n", annex.evidence()));
        IndicatorMapper.add(practice, base, annex.indicators());
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
        return m;
    }

    private Resource location(Model m, Resource practice, Location location) {
        Resource address = m.createResource(practice.getURI() + "/location", LOCN.Address)
                .addProperty(RDF.type, DCTerms.Location)
                .addProperty(LOCN.fullAddress, location.text());
        if (location.countryText() != null) {
            address.addProperty(LOCN.adminUnitL1, location.countryText());
        }
        location.regionTexts().forEach(region -> address.addProperty(LOCN.adminUnitL2, region));
        if (location.localityText() != null) {
            address.addProperty(LOCN.postName, location.localityText());
        }
        return address;
    }

    /** Links to the gazetteer entries the location resolved to; what did not resolve stays text on the address. */
    private void resolvedPlaces(Resource practice, Location location) {
        Model m = practice.getModel();
        if (location.country() != null) {
            practice.addProperty(GP.country, m.createResource(location.country().iri()));
        }
        location.regions().forEach(region -> practice.addProperty(GP.region, m.createResource(region.iri())));
        if (location.city() != null) {
            practice.addProperty(GP.locality, m.createResource(Iris.place(base, location.city())));
        }
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

package org.goodpractice.ingest.interregeurope;

import static java.util.Objects.requireNonNull;

import java.util.List;

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
import org.goodpractice.ingest.AnnexMapper;
import org.goodpractice.ingest.Iris;
import org.goodpractice.vocab.GP;
import org.goodpractice.vocab.Prefixes;

/**
 * Turns a checked {@link PlatformPractice} into the RDF graph of its record, following
 * {@code ontology/goodpractice.ttl}: the same terms as an annex where the meaning is the same, its
 * own ({@code gp:programmeTopic}, {@code gp:resourcesNeeded}, {@code gp:expertOpinion}…) where not.
 * The expert's opinion is kept apart from the owner's words. A practice with an Interreg IVC priority
 * (an annex's, edited on the web) stays a practice of that programme. Text is tagged English. The location's
 * gazetteer links and the indicators are added after mapping, as every record's are.
 *
 * <pre>
 * Model graph = new PlatformMapper("http://localhost:8080/").map(practice);
 * </pre>
 */
final class PlatformMapper {
    /** The programme every platform practice comes from, relative to the base (programmes.ttl). */
    static final String PROGRAMME = "id/concept/programme/interreg-europe";
    private static final String LANG = "en";

    private final String base;

    PlatformMapper(String baseUri) {
        this.base = requireNonNull(baseUri, "baseUri");
    }

    Model map(PlatformPractice p) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.COMMON);
        Resource practice = m.createResource(Iris.practice(base, p.id()), GP.GoodPractice)
                .addProperty(DCTerms.identifier, p.id())
                .addProperty(DCTerms.title, p.title(), LANG)
                .addProperty(GP.programme, m.createResource(base + (p.priority() == null ? PROGRAMME : AnnexMapper.PROGRAMME)));
        if (p.priority() != null) {
            practice.addProperty(GP.priority, m.createResource(p.priority().iri()));
        }
        if (p.subTheme() != null) {
            practice.addProperty(GP.subTheme, m.createResource(p.subTheme().iri()));
        }
        if (p.annexCompleted() != null) {
            practice.addLiteral(GP.annexCompleted, m.createTypedLiteral(p.annexCompleted().toString(), XSDDatatype.XSDdate));
        }
        p.topics().forEach(t -> practice.addProperty(GP.programmeTopic, m.createResource(t.iri())));
        if (p.start() != null) {
            practice.addLiteral(SchemaDO.startDate, p.start().literal(m));
        }
        if (p.end() != null) {
            practice.addLiteral(SchemaDO.endDate, p.end().literal(m));
        }
        text(practice, DCTerms.description, p.description());
        text(practice, GP.resourcesNeeded, p.resources());
        text(practice, GP.evidenceOfSuccess, p.evidence());
        text(practice, GP.potentialForTransfer, p.transfer());
        text(practice, GP.furtherInformation, p.furtherInformation());
        text(practice, GP.expertOpinion, p.expertOpinion());
        if (p.url() != null) {
            practice.addProperty(SchemaDO.url, m.createResource(p.url()));
        }
        Resource owner = null;
        if (p.ownerOrganisation() != null) {
            owner = m.createResource(Iris.organisation(base, p.ownerOrganisation()), ORG.Organization)
                    .addProperty(SKOS.prefLabel, p.ownerOrganisation(), LANG);
            if (p.ownerCountry() != null) {
                owner.addProperty(GP.country, m.createResource(p.ownerCountry().iri()));
            }
            practice.addProperty(GP.owner, owner);
        }
        if (p.contactPerson() != null) {
            Resource person = m.createResource(Iris.person(base, p.contactPerson()), FOAF.Person)
                    .addProperty(FOAF.name, p.contactPerson());
            if (owner != null) {
                person.addProperty(ORG.memberOf, owner);
            }
            practice.addProperty(GP.contactPerson, person);
        }
        if (p.project() != null) {
            practice.addProperty(GP.project, m.createResource(base + "id/project/" + Iris.slug(p.project()), SchemaDO.Project)
                    .addProperty(SchemaDO.name, p.project()));
        }
        return m;
    }

    private static void text(Resource subject, Property property, List<String> paragraphs) {
        String text = String.join("\n\n", paragraphs);
        if (!text.isBlank()) {
            subject.addProperty(property, text, LANG);
        }
    }
}

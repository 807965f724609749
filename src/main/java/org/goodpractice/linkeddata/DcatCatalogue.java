package org.goodpractice.linkeddata;

import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

/**
 * What DCAT-AP 3 asks of the catalogue around the dataset: the catalogue itself, publisher,
 * contact point, keywords, theme, coverage in space and time, dates, and the classes DCAT-AP
 * expects of the controlled terms used (media types, licence, language), which a validator
 * without the vocabularies loaded cannot know otherwise.
 */
final class DcatCatalogue {
    static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";
    private static final String DATA_THEME = EU_AUTHORITY + "data-theme";
    private static final Property AVAILABILITY = property("http://data.europa.eu/r5r/availability");
    private static final List<String> KEYWORDS = List.of("good practice", "regional policy", "Interreg IVC",
            "innovation", "linked open data");

    private DcatCatalogue() {
    }

    static String catalogIri(String base) {
        return base + "dataset#catalog";
    }

    /** Adds the catalogue of {@code dataset} and {@code service}, and the DCAT-AP details of both. */
    static void describe(Model m, String base, Resource dataset, Resource service, DatasetDescription.Coverage coverage) {
        Resource publisher = m.createResource(base + "dataset#publisher")
                .addProperty(RDF.type, FOAF.Agent).addProperty(RDF.type, FOAF.Organization)
                .addProperty(FOAF.name, DatasetDescription.TITLE, "en")
                .addProperty(FOAF.homepage, document(m, base));
        Resource contact = m.createResource(base + "dataset#contact")
                .addProperty(RDF.type, VCARD4.Organization).addProperty(RDF.type, VCARD4.Kind)
                .addProperty(VCARD4.fn, DatasetDescription.TITLE)
                .addProperty(VCARD4.hasURL, m.createResource(base));
        Resource theme = m.createResource(DATA_THEME + "/REGI").addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, "Regions and cities", "en")
                .addProperty(SKOS.inScheme, themes(m));
        Resource english = m.createResource(EU_AUTHORITY + "language/ENG").addProperty(RDF.type, DCTerms.LinguisticSystem);
        for (Resource described : List.of(dataset, service)) {
            described.addProperty(DCTerms.publisher, publisher).addProperty(DCAT.contactPoint, contact)
                    .addProperty(DCAT.theme, theme);
            KEYWORDS.forEach(k -> described.addProperty(DCAT.keyword, k, "en"));
        }
        dataset.addProperty(DCTerms.language, english);
        service.addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/")
                .addProperty(RDF.type, DCTerms.Standard));
        Resource catalog = m.createResource(catalogIri(base)).addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, DatasetDescription.TITLE, "en")
                .addProperty(DCTerms.description, "The catalogue of the " + DatasetDescription.TITLE
                        + ": its one dataset and the SPARQL service over it.", "en")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(FOAF.homepage, document(m, base))
                .addProperty(DCTerms.license, license(m))
                .addProperty(DCTerms.language, english)
                .addProperty(DCAT.themeTaxonomy, themes(m))
                .addProperty(DCAT.dataset, dataset)
                .addProperty(DCAT.service, service);
        for (String country : coverage.countries()) {
            Resource place = m.createResource(country).addProperty(RDF.type, DCTerms.Location);
            dataset.addProperty(DCTerms.spatial, place);
            catalog.addProperty(DCTerms.spatial, place);
        }
        if (coverage.start() != null) {
            Resource period = m.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime)
                    .addLiteral(DCAT.startDate, coverage.start());
            if (coverage.end() != null) {
                period.addLiteral(DCAT.endDate, coverage.end());
            }
            dataset.addProperty(DCTerms.temporal, period);
        }
        for (Resource dated : List.of(dataset, catalog)) {
            addDate(dated, DCTerms.issued, coverage.firstImport());
            addDate(dated, DCTerms.modified, coverage.lastImport());
        }
    }

    /** The DCAT-AP details of one distribution of a dump. */
    static void distribution(Model m, Resource dump, String mediaType, String fileType, boolean gzipped) {
        dump.addProperty(DCAT.accessURL, dump)
                .addProperty(DCTerms.description, "The whole store, " + (gzipped ? "gzipped " : "") + mediaType
                        + ", generated from the store when the data changes.", "en")
                .addProperty(DCTerms.format, m.createResource(EU_AUTHORITY + "file-type/" + fileType)
                        .addProperty(RDF.type, DCTerms.MediaTypeOrExtent))
                .addProperty(AVAILABILITY, m.createResource(EU_AUTHORITY + "planned-availability/AVAILABLE")
                        .addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.prefLabel, "Available", "en"));
    }

    static Resource license(Model m) {
        return m.createResource(DatasetDescription.LICENSE).addProperty(RDF.type, DCTerms.LicenseDocument)
                .addProperty(DCTerms.type, m.createResource("http://purl.org/adms/licencetype/Attribution")
                        .addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.prefLabel, "Attribution", "en"));
    }

    static Resource mediaType(Model m, String iri) {
        return m.createResource(iri).addProperty(RDF.type, DCTerms.MediaType);
    }

    static Resource document(Model m, String iri) {
        return m.createResource(iri).addProperty(RDF.type, FOAF.Document);
    }

    private static Resource themes(Model m) {
        return m.createResource(DATA_THEME).addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(DCTerms.title, "Data theme", "en");
    }

    private static void addDate(Resource r, Property p, Literal date) {
        if (date != null) {
            r.addLiteral(p, date);
        }
    }

    private static Property property(String iri) {
        return org.apache.jena.rdf.model.ResourceFactory.createProperty(iri);
    }
}

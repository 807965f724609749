package org.goodpractice.ingest;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import java.util.List;

import org.goodpractice.place.Location;
import org.goodpractice.place.NutsRegions;
import org.goodpractice.place.NutsRegions.Region;
import org.goodpractice.vocab.GP;
import org.goodpractice.vocab.LOCN;

/**
 * Writes a practice's location the same way for every format (called by {@link Enrichment}): the address as written
 * ({@code dcterms:spatial}, a {@code locn:Address} {@code {practice}/location}) and links to the
 * gazetteer entries it resolved to; what did not resolve stays text on the address.
 */
public final class LocationMapper {
    private LocationMapper() {
    }

    public static void add(Resource practice, String base, Location location) {
        Model m = practice.getModel();
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
        practice.addProperty(DCTerms.spatial, address);
        if (location.country() != null) {
            practice.addProperty(GP.country, m.createResource(location.country().iri()));
        }
        regions(practice, location.regions());
        if (location.city() != null) {
            practice.addProperty(GP.locality, m.createResource(Iris.place(base, location.city())));
        }
    }

    /** Links {@code subject} to each region and to the NUTS version each was resolved in. */
    public static void regions(Resource subject, List<Region> regions) {
        Model m = subject.getModel();
        for (Region region : regions) {
            subject.addProperty(GP.region, m.createResource(region.iri()))
                    .addProperty(GP.nutsVersion, m.createResource(Region.schemeIri(region.versionFor(NutsRegions.VERSION))));
        }
    }
}

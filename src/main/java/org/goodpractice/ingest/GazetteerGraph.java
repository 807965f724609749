package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.place.Cities.City;
import org.goodpractice.place.Countries.Country;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.place.Location;
import org.goodpractice.place.NutsRegions;
import org.goodpractice.place.NutsRegions.LaterCode;
import org.goodpractice.place.NutsRegions.Region;
import org.goodpractice.vocab.GEO;
import org.goodpractice.vocab.GP;
import org.goodpractice.vocab.Prefixes;
import org.goodpractice.vocab.WGS84;

/**
 * The gazetteer as RDF, for the named graph {@code {base}graph/gazetteer}: every country and NUTS
 * region shipped (SKOS concepts with labels, notations and {@code skos:broader}), and the cities
 * that records use (schema:Place with WGS84 coordinates and a GeoSPARQL point).
 *
 * <pre>
 * Model graph = new GazetteerGraph(Gazetteer.bundled(), "http://localhost:8080/").graph(citiesInUse);
 * </pre>
 */
public final class GazetteerGraph {
    /** The EU authority table of countries, as a SKOS concept scheme. */
    public static final String COUNTRY_SCHEME = "http://publications.europa.eu/resource/authority/country";
    /** The NUTS version records are resolved in first, as a SKOS concept scheme; each version has its own. */
    public static final String NUTS_SCHEME = NutsRegions.SCHEME_BASE + NutsRegions.VERSION;
    private static final String LANG = "en";

    private final Gazetteer gazetteer;
    private final String base;
    /** The facts of each place of the gazetteer asked for so far, by the place (a value of the bundled gazetteer, so this is bounded). */
    private final Map<Record, List<Triple>> stated = new ConcurrentHashMap<>();

    public GazetteerGraph(Gazetteer gazetteer, String baseUri) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
        this.base = requireNonNull(baseUri, "baseUri");
    }

    /** Every country and region, and the given cities. */
    public Model graph(Collection<City> cities) {
        Model m = model();
        gazetteer.countries().all().forEach(c -> country(m, c));
        gazetteer.nuts().all().forEach(r -> region(m, r));
        cities.forEach(c -> city(m, c));
        return m;
    }

    /** Just what one record's location refers to: the facts its links need to be checked. */
    public Model facts(Location location) {
        return facts(location.country() == null ? List.of() : List.of(location.country()), location.regions(),
                location.city() == null ? List.of() : List.of(location.city()));
    }

    /** Just these countries, regions and cities (with the country and region of each city). */
    public Model facts(Collection<Country> countries, Collection<Region> regions, Collection<City> cities) {
        Model m = model();
        factTriples(countries, regions, cities).forEach(m.getGraph()::add);
        return m;
    }

    /**
     * The triples of {@link #facts(Collection, Collection, Collection)}, possibly repeated: each place's
     * are made once and shared, as every record that links a place needs the same facts checked with it.
     */
    public List<Triple> factTriples(Collection<Country> countries, Collection<Region> regions, Collection<City> cities) {
        List<Triple> triples = new ArrayList<>();
        countries.forEach(c -> triples.addAll(stated(c, m -> country(m, c))));
        regions.forEach(r -> triples.addAll(stated(r, m -> region(m, r))));
        for (City city : cities) {
            Country country = gazetteer.countryOf(city);
            triples.addAll(stated(country, m -> country(m, country)));
            gazetteer.nuts3(city).ifPresent(r -> triples.addAll(stated(r, m -> region(m, r))));
            triples.addAll(stated(city, m -> city(m, city)));
        }
        return triples;
    }

    /** The triples {@code write} states about {@code place}, made the first time it is asked for. */
    private List<Triple> stated(Record place, Consumer<Model> write) {
        return stated.computeIfAbsent(place, p -> {
            Model m = ModelFactory.createDefaultModel();
            write.accept(m);
            return List.copyOf(m.getGraph().find().toList());
        });
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.COMMON);
        return m;
    }

    private static void country(Model m, Country c) {
        m.createResource(c.iri(), SKOS.Concept)
                .addProperty(SKOS.inScheme, m.createResource(COUNTRY_SCHEME))
                .addProperty(SKOS.prefLabel, c.name(), LANG)
                .addProperty(SKOS.notation, c.code());
    }

    private void region(Model m, Region r) {
        Resource region = m.createResource(r.iri(), SKOS.Concept)
                .addProperty(SKOS.prefLabel, r.name())
                .addProperty(SKOS.notation, r.code())
                .addLiteral(GP.nutsLevel, m.createTypedLiteral(String.valueOf(r.level()), XSDDatatype.XSDinteger));
        r.versions().forEach(v -> region.addProperty(SKOS.inScheme, m.createResource(NutsRegions.SCHEME_BASE + v)));
        region.addLiteral(WGS84.lat, m.createTypedLiteral(r.lat().toPlainString(), XSDDatatype.XSDdecimal))
                .addLiteral(WGS84.long_, m.createTypedLiteral(r.lon().toPlainString(), XSDDatatype.XSDdecimal));
        r.names().stream().skip(1).forEach(name -> region.addProperty(SKOS.altLabel, name));
        String parent = r.parentCode() == null ? gazetteer.countryOf(r).iri() : NutsRegions.CODE_BASE + r.parentCode();
        region.addProperty(SKOS.broader, m.createResource(parent));
        for (LaterCode later : r.later()) {
            region.addProperty(later.relation() == NutsRegions.Relation.EXACT ? SKOS.exactMatch : SKOS.closeMatch,
                    m.createResource(later.iri()));
        }
    }

    private void city(Model m, City c) {
        String iri = Iris.place(base, c);
        Resource geometry = m.createResource(iri + "/geometry", GEO.Geometry)
                .addLiteral(GEO.asWKT, m.createTypedLiteral(c.wkt(), GEO.wktLiteral));
        Resource place = m.createResource(iri, SchemaDO.Place)
                .addProperty(RDFS.label, c.name())
                .addLiteral(WGS84.lat, m.createTypedLiteral(c.lat().toPlainString(), XSDDatatype.XSDdecimal))
                .addLiteral(WGS84.long_, m.createTypedLiteral(c.lon().toPlainString(), XSDDatatype.XSDdecimal))
                .addProperty(GEO.hasGeometry, geometry)
                .addProperty(GP.country, m.createResource(gazetteer.countryOf(c).iri()))
                .addProperty(SKOS.exactMatch, m.createResource(c.geonamesIri()));
        gazetteer.nuts3(c).ifPresent(r -> place.addProperty(GP.region, m.createResource(r.iri())));
    }
}

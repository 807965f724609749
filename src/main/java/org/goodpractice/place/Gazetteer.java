package org.goodpractice.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.goodpractice.place.Cities.City;
import org.goodpractice.place.Countries.Country;
import org.goodpractice.place.NutsRegions.Region;

/**
 * The bundled gazetteer: countries, NUTS regions (2010 to 2024) and GeoNames cities, all read from
 * {@code gazetteer/} on the class path, so resolving places needs no network.
 *
 * <pre>
 * Gazetteer gazetteer = Gazetteer.bundled();
 * Location location = new LocationResolver(gazetteer).resolve("FRANCE RHÔNE-ALPES Lyon Rhône");
 * </pre>
 */
public final class Gazetteer {
    /** The tables under {@code gazetteer/} on the class path that the gazetteer is read from. */
    public static final List<String> FILES = List.of("countries.tsv", "nuts.tsv", "nuts-names.tsv", "cities.tsv");
    private static Gazetteer bundled;

    private final Countries countries;
    private final NutsRegions nuts;
    private final Cities cities;
    private final Map<String, Region> nuts3ByCity = new HashMap<>();

    public Gazetteer(Countries countries, NutsRegions nuts, Cities cities) {
        this.countries = countries;
        this.nuts = nuts;
        this.cities = cities;
        for (Region region : nuts.all()) {
            Optional<Country> country = countries.byNuts(region.countryCode());
            for (String name : region.cities()) {
                City city = country.flatMap(c -> cities.byName(c.iso2(), name)).orElseThrow(() -> new IllegalStateException(
                        "gazetteer/nuts.tsv places city \"" + name + "\" in " + region.code() + " but cities.tsv has no such city"));
                nuts3ByCity.put(city.geonameId(), region);
            }
        }
    }

    /** The gazetteer shipped in the jar, read once, its tables side by side (reading it is most of importing one file). */
    public static synchronized Gazetteer bundled() {
        if (bundled == null) {
            CompletableFuture<NutsRegions> nuts = CompletableFuture.supplyAsync(NutsRegions::load);
            Cities cities = Cities.load();
            try {
                bundled = new Gazetteer(Countries.load(), nuts.join(), cities);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return bundled;
    }

    public Countries countries() {
        return countries;
    }

    public NutsRegions nuts() {
        return nuts;
    }

    public Cities cities() {
        return cities;
    }

    /** The NUTS-3 region {@code city} lies in, when the gazetteer knows it. */
    public Optional<Region> nuts3(City city) {
        return Optional.ofNullable(nuts3ByCity.get(city.geonameId()));
    }

    /** The country a NUTS region or city is in. */
    public Country countryOf(Region region) {
        return countries.byNuts(region.countryCode()).orElseThrow();
    }

    public Country countryOf(City city) {
        return countries.byIso2(city.iso2()).orElseThrow();
    }
}

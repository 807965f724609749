package org.goodpractice.place;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.goodpractice.place.Cities.City;
import org.goodpractice.place.Countries.Country;
import org.goodpractice.place.NutsRegions.Region;

/**
 * A location as written in a record, the parts it was split into (as written) and what they
 * resolved to. Parts the gazetteer does not know are kept as text, resolve to null, and are
 * explained in {@link #warnings()}.
 *
 * @param text        the whole location text
 * @param countryText the country as written, or null
 * @param regionTexts the region and sub-region names as written (e.g. "RHÔNE-ALPES", "Rhône")
 * @param localityText the city or locality as written, or null
 * @param country     the resolved country, or null
 * @param regions     the most precise NUTS regions the location supports (usually one)
 * @param city        the resolved city, or null
 * @param warnings    one sentence per part that could not be resolved
 */
public record Location(String text, String countryText, List<String> regionTexts, String localityText,
        Country country, List<Region> regions, City city, List<String> warnings) {
    public Location {
        requireNonNull(text, "text");
        regionTexts = List.copyOf(regionTexts);
        regions = List.copyOf(regions);
        warnings = List.copyOf(warnings);
    }
}

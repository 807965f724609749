package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.goodpractice.ingest.Annex.Location;
import org.goodpractice.place.Countries;

/**
 * Splits an annex location such as {@code UNITED KINGDOM WEST MIDLANDS Birmingham West Midlands}
 * into country, region and locality. Annexes write the country and region in capitals and the
 * locality in ordinary case; the country is the longest leading run of capitalised words that
 * names a known country.
 */
final class LocationSplitter {
    private static final int LONGEST_COUNTRY_NAME_IN_WORDS = 5;

    private final Countries countries;

    LocationSplitter(Countries countries) {
        this.countries = requireNonNull(countries, "countries");
    }

    Location split(String text) {
        List<String> words = Arrays.asList(text.strip().split("\\s+"));
        int capitals = 0;
        while (capitals < words.size() && isCapitalised(words.get(capitals))) {
            capitals++;
        }
        String country = null;
        int countryWords = 0;
        for (int n = Math.min(capitals, LONGEST_COUNTRY_NAME_IN_WORDS); n > 0; n--) {
            String candidate = String.join(" ", words.subList(0, n));
            if (countries.byName(candidate).isPresent()) {
                country = candidate;
                countryWords = n;
                break;
            }
        }
        String region = String.join(" ", words.subList(countryWords, capitals));
        String locality = withoutTrailing(String.join(" ", words.subList(capitals, words.size())), region);
        List<String> regions = new ArrayList<>();
        if (!region.isEmpty()) {
            regions.add(region);
        }
        return new Location(text.strip(), country, regions, locality.isEmpty() ? null : locality);
    }

    private static boolean isCapitalised(String word) {
        return word.chars().anyMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** Annexes often repeat the region after the city ("Birmingham West Midlands"). */
    private static String withoutTrailing(String locality, String region) {
        String lower = locality.toLowerCase(Locale.ROOT);
        String suffix = " " + region.toLowerCase(Locale.ROOT);
        if (!region.isEmpty() && lower.endsWith(suffix)) {
            return locality.substring(0, locality.length() - suffix.length()).strip();
        }
        return locality;
    }
}

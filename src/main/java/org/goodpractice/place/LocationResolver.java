package org.goodpractice.place;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.goodpractice.place.Cities.City;
import org.goodpractice.place.Countries.Country;
import org.goodpractice.place.NutsRegions.Region;

/**
 * Splits a run-together annex location such as {@code UNITED KINGDOM WEST MIDLANDS Birmingham West
 * Midlands} into country, region, city and sub-region by looking the words up in the gazetteer:
 * the longest leading words that name a country, then the longest that name a NUTS region of it,
 * then the longest that name one of its cities; what follows the city is a sub-region. Only when a
 * part is not in the gazetteer does the split fall back on the annexes' habit of writing country
 * and region in capitals. The regions kept are the most precise ones the parts support: the city's
 * NUTS-3 region, when the gazetteer knows it, is more precise than the region named.
 *
 * <pre>
 * Location l = new LocationResolver(Gazetteer.bundled()).resolve("POLAND ŁÓDZKIE Łódź");
 * l.regions(); // [PL113 Miasto Łódź]
 * </pre>
 */
public final class LocationResolver {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LONGEST_COUNTRY = 5;
    private static final int LONGEST_REGION = 8;
    private static final int LONGEST_CITY = 6;

    private final Gazetteer gazetteer;

    public LocationResolver(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
    }

    private record Match<T>(T value, String text, int end) {
    }

    public Location resolve(String text) {
        requireNonNull(text, "text");
        List<String> words = Arrays.asList(SPACES.split(text.strip()));
        Parts parts = new Parts();
        Match<Country> country = longest(words, 0, LONGEST_COUNTRY, s -> gazetteer.countries().byName(s));
        if (country == null) {
            parts.warnings.add("no known country at the start of \"" + text.strip() + "\"; kept as text only");
            int capitals = capitalsEnd(words, 0);
            parts.addRegionText(String.join(" ", words.subList(0, capitals)));
            parts.locality = words.size() > capitals ? String.join(" ", words.subList(capitals, words.size())) : null;
            return parts.location(text.strip(), null, null);
        }
        Country c = country.value();
        int i = country.end();
        Match<Region> region = longest(words, i, LONGEST_REGION,
                s -> gazetteer.nuts().byName(c.nuts(), s).stream().findFirst());
        if (region != null && !isAllCapitals(region.text()) && cityAt(words, i, c) != null) {
            region = null; // "ITALY Milano": a city that shares its name with its NUTS-3 region
        }
        if (region != null) {
            parts.addRegionText(region.text());
            parts.candidates.add(region.value());
            i = region.end();
        }
        Match<City> city = region != null ? cityAt(words, i, c) : null;
        if (city == null && region == null) {
            int start = cityStart(words, i, c);
            if (start > i) {
                parts.unknownRegion(String.join(" ", words.subList(i, start)), c);
                i = start;
            }
            city = start >= 0 ? cityAt(words, start, c) : null;
        }
        if (city == null) {
            if (region == null && capitalsEnd(words, i) > i) {
                parts.unknownRegion(String.join(" ", words.subList(i, capitalsEnd(words, i))), c);
                i = capitalsEnd(words, i);
            }
            int sub = subRegionStart(words, i, c);
            if (sub > i) {
                parts.locality = String.join(" ", words.subList(i, sub));
                parts.warnings.add("locality \"" + parts.locality + "\" is not a city of " + c.name()
                        + " in the gazetteer; kept as text only");
            }
            i = sub;
        } else {
            parts.locality = city.text();
            i = city.end();
        }
        if (i < words.size()) {
            String rest = String.join(" ", words.subList(i, words.size()));
            List<Region> subRegions = gazetteer.nuts().byName(c.nuts(), rest);
            parts.addRegionText(rest);
            if (subRegions.isEmpty()) {
                parts.warnings.add("sub-region \"" + rest + "\" is not a NUTS " + NutsRegions.VERSIONS.get(0) + "-" + NutsRegions.VERSIONS.get(NutsRegions.VERSIONS.size() - 1) + " region of "
                        + c.name() + " in the gazetteer; kept as text only");
            } else {
                parts.candidates.add(subRegions.get(subRegions.size() - 1));
            }
        }
        City resolvedCity = city == null ? null : city.value();
        if (resolvedCity != null) {
            gazetteer.nuts3(resolvedCity)
                    .filter(nuts3 -> parts.candidates.stream().allMatch(nuts3::isWithin))
                    .ifPresent(parts.candidates::add);
        }
        return parts.location(text.strip(), country, resolvedCity);
    }

    private Match<City> cityAt(List<String> words, int from, Country country) {
        return longest(words, from, LONGEST_CITY, s -> gazetteer.cities().byName(country.iso2(), s));
    }

    /** Where the city starts: preferably at the first word not in capitals, else at the first word that names one. */
    private int cityStart(List<String> words, int from, Country country) {
        int lower = capitalsEnd(words, from);
        if (lower < words.size() && cityAt(words, lower, country) != null) {
            return lower;
        }
        for (int j = from; j < words.size(); j++) {
            if (cityAt(words, j, country) != null) {
                return j;
            }
        }
        return -1;
    }

    /** Where a trailing sub-region the gazetteer knows begins, or the end of the words. */
    private int subRegionStart(List<String> words, int from, Country country) {
        for (int k = Math.max(from + 1, words.size() - LONGEST_REGION); k < words.size(); k++) {
            if (!gazetteer.nuts().byName(country.nuts(), String.join(" ", words.subList(k, words.size()))).isEmpty()) {
                return k;
            }
        }
        return words.size();
    }

    private static <T> Match<T> longest(List<String> words, int from, int max, Function<String, Optional<T>> lookup) {
        for (int n = Math.min(max, words.size() - from); n > 0; n--) {
            String candidate = String.join(" ", words.subList(from, from + n));
            Optional<T> found = lookup.apply(candidate);
            if (found.isPresent()) {
                return new Match<>(found.get(), candidate, from + n);
            }
        }
        return null;
    }

    private static int capitalsEnd(List<String> words, int from) {
        int i = from;
        while (i < words.size() && isCapitalised(words.get(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAllCapitals(String text) {
        return Arrays.stream(text.split(" ")).allMatch(LocationResolver::isCapitalised);
    }

    private static boolean isCapitalised(String word) {
        return word.chars().anyMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** What has been found so far. */
    private static final class Parts {
        final List<String> regionTexts = new ArrayList<>();
        final List<Region> candidates = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String locality;

        void addRegionText(String text) {
            if (!text.isEmpty() && regionTexts.stream().noneMatch(t -> PlaceNames.key(t).equals(PlaceNames.key(text)))) {
                regionTexts.add(text);
            }
        }

        void unknownRegion(String text, Country country) {
            addRegionText(text);
            warnings.add("region \"" + text + "\" is not a NUTS " + NutsRegions.VERSIONS.get(0) + "-" + NutsRegions.VERSIONS.get(NutsRegions.VERSIONS.size() - 1) + " region of " + country.name()
                    + " in the gazetteer; kept as text only");
        }

        Location location(String text, Match<Country> country, City city) {
            List<Region> precise = candidates.stream().distinct()
                    .filter(r -> candidates.stream().noneMatch(o -> o != r && !o.code().equals(r.code()) && o.isWithin(r)))
                    .sorted(Comparator.comparing(Region::code))
                    .toList();
            return new Location(text, country == null ? null : country.text(), regionTexts, locality,
                    country == null ? null : country.value(), precise, city, warnings);
        }
    }
}

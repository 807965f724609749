package org.goodpractice.ingest.article;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goodpractice.ingest.Iris;
import org.goodpractice.place.Cities.City;
import org.goodpractice.place.Countries.Country;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.place.NutsRegions.Region;

/**
 * Finds the countries, NUTS regions and cities that an article names, through the same gazetteer
 * as annex locations. Only capitalised names are looked up. Regions and cities are looked up in
 * the countries the article names; when it names none, a city is accepted only where its name
 * means a city of at least {@value #MIN_POPULATION_WITHOUT_COUNTRY} people in exactly one country.
 */
public final class PlaceFinder {
    private static final int MIN_POPULATION_WITHOUT_COUNTRY = 50_000;
    private static final int LONGEST_NAME_IN_WORDS = 4;
    private static final String JOINERS = "of|upon|on|de|del|la|le|am|an|der|&";
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:" + JOINERS + ")\\s+)?\\p{Lu}[\\p{L}’'-]*)*");
    /** A name never starts or ends with a joining word: "Bristol &" is not a place. */
    private static final Pattern JOINER = Pattern.compile(JOINERS);

    /** What an article's places resolve to, with one mention per name found. */
    public record Places(List<Country> countries, List<Region> regions, List<City> cities, List<Mention> mentions) {
    }

    private final Gazetteer gazetteer;
    private final String baseUri;

    PlaceFinder(Gazetteer gazetteer, String baseUri) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
        this.baseUri = requireNonNull(baseUri, "baseUri");
    }

    /** The places named in {@code sentences}, ignoring words inside the names of {@code organisations}. */
    Places find(List<String> sentences, List<Mention> organisations) {
        Map<String, String> names = candidateNames(sentences);
        // "British Leyland" is a company, not the town of Leyland.
        names.keySet().removeIf(name -> organisations.stream().anyMatch(o -> o.name().contains(name)));
        Set<Country> countries = new LinkedHashSet<>();
        List<Mention> mentions = new ArrayList<>();
        names.forEach((name, sentence) -> gazetteer.countries().byName(name).ifPresent(c -> {
            if (countries.add(c)) {
                mentions.add(new Mention(c.iri(), c.name(), name, "country name", sentence));
            }
        }));
        Set<City> cities = new LinkedHashSet<>();
        names.forEach((name, sentence) -> city(name, countries).ifPresent(c -> {
            if (cities.add(c)) {
                mentions.add(new Mention(Iris.place(baseUri, c), c.name(), name, "city name", sentence));
            }
        }));
        cities.forEach(c -> countries.add(gazetteer.countryOf(c)));
        Set<Region> regions = new LinkedHashSet<>();
        names.forEach((name, sentence) -> countries.forEach(country ->
                gazetteer.nuts().byNameAsWritten(country.nuts(), name).forEach(r -> {
                    if (regions.add(r)) {
                        mentions.add(new Mention(r.iri(), r.name(), name, "region name", sentence));
                    }
                })));
        cities.forEach(c -> gazetteer.nuts3(c).ifPresent(regions::add));
        return new Places(new ArrayList<>(countries), new ArrayList<>(regions), new ArrayList<>(cities), mentions);
    }

    private Optional<City> city(String name, Set<Country> countries) {
        if (!countries.isEmpty()) {
            return countries.stream().map(c -> gazetteer.cities().byName(c.iso2(), name))
                    .flatMap(Optional::stream).findFirst();
        }
        List<City> found = gazetteer.countries().all().stream()
                .map(c -> gazetteer.cities().byName(c.iso2(), name))
                .flatMap(Optional::stream)
                .filter(c -> c.population() >= MIN_POPULATION_WITHOUT_COUNTRY)
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every capitalised name and its sub-sequences of up to four words, with the first sentence naming it. */
    private static Map<String, String> candidateNames(List<String> sentences) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String sentence : sentences) {
            Matcher m = NAME.matcher(sentence);
            while (m.find()) {
                String[] words = m.group().replaceAll("[’']s$", "").split("\\s+");
                for (int n = Math.min(words.length, LONGEST_NAME_IN_WORDS); n > 0; n--) {
                    for (int i = 0; i + n <= words.length; i++) {
                        if (!JOINER.matcher(words[i]).matches() && !JOINER.matcher(words[i + n - 1]).matches()) {
                            names.putIfAbsent(String.join(" ", Arrays.copyOfRange(words, i, i + n)), sentence);
                        }
                    }
                }
            }
        }
        return names;
    }
}

package org.goodpractice.web.curation;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.google.gson.Gson;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.goodpractice.place.Cities;
import org.goodpractice.place.Countries;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.place.NutsRegions;
import org.goodpractice.place.PlaceNames;
import org.goodpractice.web.Paths;

/**
 * {@link Paths#SUGGEST_PLACES}: names of the gazetteer's countries, regions of a country or cities
 * of a country that start with what was typed (any word of the name, ignoring case and accents),
 * as a JSON array of at most {@value #MAX} strings, for the submit form's location fields. A
 * country the gazetteer does not know has no regions or cities: the answer is an empty array.
 * The names come from the bundled gazetteer the import resolves places with, so a suggestion
 * taken is a name the import accepts.
 *
 * <pre>
 * GET /suggest/places?kind=region&amp;country=SI&amp;q=osr   →   ["Osrednjeslovenska"]
 * </pre>
 */
final class PlaceSuggestions {
    /** Most names one answer holds. */
    static final int MAX = 10;
    /** Most characters a query or country may have; a place name is shorter. */
    static final int MAX_TYPED = 100;
    private static final Gson JSON = new Gson();

    private final Supplier<Gazetteer> gazetteer;

    /** @param gazetteer asked on the first suggestion: a server start does not read the gazetteer tables for it */
    PlaceSuggestions(Supplier<Gazetteer> gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
    }

    void register(JavalinConfig config) {
        config.routes.get(Paths.SUGGEST_PLACES, this::suggest);
    }

    private void suggest(Context ctx) {
        String kind = Optional.ofNullable(ctx.queryParam("kind")).orElse("");
        String typed = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        String country = Optional.ofNullable(ctx.queryParam("country")).orElse("");
        if (typed.length() > MAX_TYPED || country.length() > MAX_TYPED) {
            refuse(ctx, "q and country are at most " + MAX_TYPED + " characters");
            return;
        }
        Optional<List<String>> names = switch (kind) {
            case "country" -> Optional.of(names(gazetteer.get().countries().all().stream().map(Countries.Country::name).sorted(), typed));
            case "region" -> Optional.of(country(country).map(c -> names(regions(c), typed)).orElse(List.of()));
            case "city" -> Optional.of(country(country).map(c -> names(gazetteer.get().cities().inCountry(c.iso2()).stream()
                    .map(Cities.City::name), typed)).orElse(List.of()));
            default -> Optional.empty();
        };
        if (names.isEmpty()) {
            refuse(ctx, "kind must be country, region or city");
            return;
        }
        ctx.contentType("application/json").result(JSON.toJson(names.get()));
    }

    private static void refuse(Context ctx, String why) {
        ctx.status(400).contentType("text/plain; charset=utf-8").result(why);
    }

    private Optional<Countries.Country> country(String typed) {
        if (typed.isBlank()) {
            return Optional.empty();
        }
        Countries countries = gazetteer.get().countries();
        return countries.byName(typed).or(() -> countries.byIso2(typed.strip().toUpperCase(Locale.ROOT)));
    }

    /** The NUTS regions of {@code country}'s levels 1 to 3, of the version names resolve in first, then later ones. */
    private Stream<String> regions(Countries.Country country) {
        return gazetteer.get().nuts().all().stream()
                .filter(r -> r.countryCode().equals(country.nuts()))
                .sorted((a, b) -> Boolean.compare(!a.inVersion(NutsRegions.VERSION), !b.inVersion(NutsRegions.VERSION)))
                .map(NutsRegions.Region::name);
    }

    /** The first {@link #MAX} distinct names, in the order given, with a word starting as {@code typed} does. */
    private static List<String> names(Stream<String> names, String typed) {
        String key = PlaceNames.key(typed);
        Set<String> found = new LinkedHashSet<>();
        names.filter(name -> matches(PlaceNames.key(name), key)).takeWhile(name -> found.size() < MAX)
                .forEach(found::add);
        return List.copyOf(found);
    }

    private static boolean matches(String name, String key) {
        return key.isEmpty() || name.startsWith(key) || name.contains(" " + key);
    }
}

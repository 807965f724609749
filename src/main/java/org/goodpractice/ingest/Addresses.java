package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.goodpractice.ingest.MappedRecord.Address;
import org.goodpractice.ingest.MappedRecord.Part;
import org.goodpractice.place.Cities.City;
import org.goodpractice.place.Countries;
import org.goodpractice.place.Countries.Country;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.place.Location;
import org.goodpractice.place.LocationResolver;
import org.goodpractice.place.NutsRegions.Region;

/**
 * Resolves an address as a record writes it to gazetteer entries. A run-together text is split by
 * {@link LocationResolver}. Labelled parts name a country by name or code (ISO 3166 alpha-2 or -3,
 * or NUTS), a region by name or NUTS code, and a city: a country the gazetteer does not know is
 * refused, as every practice is in a programme country; a region or city it does not know stays
 * text, with a warning.
 *
 * <pre>
 * Location at = new Addresses(Gazetteer.bundled()).resolve(file, Address.of(
 *         new Part("FR", 3, "country"), new Part("FRK2", 3, "region"), new Part("Lyon", 3, "city")));
 * </pre>
 */
public final class Addresses {
    private final Gazetteer gazetteer;
    private final LocationResolver resolver;

    public Addresses(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
        this.resolver = new LocationResolver(gazetteer);
    }

    /** What {@code address} resolves to; {@code file} is named when a country is refused. */
    Location resolve(Path file, Address address) {
        requireNonNull(address, "address");
        return address.text() != null ? resolver.resolve(address.text())
                : parts(file, address.country(), address.region(), address.city());
    }

    private Location parts(Path file, Part country, Part region, Part city) {
        Country c = country(file, country);
        List<String> warnings = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        if (region != null) {
            List<Region> named = region(c, region.value());
            if (named.isEmpty()) {
                warnings.add("region \"" + region.value() + "\" is not a NUTS region of " + c.name()
                        + " in the gazetteer; kept as text only");
            } else {
                regions.add(named.get(0));
            }
        }
        City town = null;
        if (city != null) {
            town = gazetteer.cities().byName(c.iso2(), city.value()).orElse(null);
            if (town == null) {
                warnings.add("locality \"" + city.value() + "\" is not a city of " + c.name()
                        + " in the gazetteer; kept as text only");
            } else {
                // The city's NUTS-3 region is more precise than the region written, when it lies within it.
                gazetteer.nuts3(town).filter(n3 -> regions.stream().allMatch(n3::isWithin)).ifPresent(n3 -> {
                    regions.clear();
                    regions.add(n3);
                });
            }
        }
        List<String> written = new ArrayList<>();
        if (city != null) {
            written.add(city.value());
        }
        if (region != null) {
            written.add(region.value());
        }
        written.add(country.value());
        return new Location(String.join(", ", written), country.value(),
                region == null ? List.of() : List.of(region.value()), city == null ? null : city.value(),
                c, regions, town, warnings);
    }

    /** The country {@code written} names by name or code; refused naming its line and field when unknown. */
    public Country country(Path file, Part written) {
        requireNonNull(written, "written");
        return gazetteer.countries().byName(written.value()).or(() -> countryByCode(written.value()))
                .orElseThrow(() -> new RecordException(file, written.line(), written.field(),
                "unknown country " + RecordException.shown(written.value()) + "; write a European country's name in "
                        + "English or its own language, or its code, e.g. \"Slovenia\", \"Slovenija\" or \"SI\""));
    }

    private Optional<Country> countryByCode(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        Countries countries = gazetteer.countries();
        return countries.byIso2(code).or(() -> countries.byNuts(code))
                .or(() -> countries.all().stream().filter(c -> c.code().equals(code)).findFirst());
    }

    /** The regions of {@code country} named {@code text}, or the one whose NUTS code it is. */
    private List<Region> region(Country country, String text) {
        List<Region> named = gazetteer.nuts().byName(country.nuts(), text);
        if (!named.isEmpty() || country.nuts().isEmpty()) {
            return named;
        }
        return gazetteer.nuts().byCode(text.strip().toUpperCase(Locale.ROOT))
                .filter(r -> r.level() > 0 && r.countryCode().equals(country.nuts())).map(List::of).orElse(List.of());
    }
}

package org.goodpractice.ingest.interregeurope;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.interregeurope.PlatformParser.Line;
import org.goodpractice.place.Cities.City;
import org.goodpractice.place.Countries;
import org.goodpractice.place.Countries.Country;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.place.Location;
import org.goodpractice.place.NutsRegions.Region;

/**
 * The places of a platform practice (or a spreadsheet row): its location (country, region, city,
 * resolved by the gazetteer as an annex location is) and the country of its owner. A country is
 * written by name or code (ISO 3166 alpha-2 or -3, or NUTS), a region by name or NUTS code. A country
 * the gazetteer does not know is refused, as every practice on the platform is in a programme
 * country; a region or city it does not know stays text, with a warning.
 *
 * <pre>
 * Location at = new PlatformPlaces(Gazetteer.bundled()).location(file,
 *         new Written("FR", 3, "country"), new Written("FRK2", 3, "region"), new Written("Lyon", 3, "city"));
 * </pre>
 */
public final class PlatformPlaces {
    private static final Map<String, String> LOCATION = new LinkedHashMap<>();

    static {
        LOCATION.put("country", "Country");
        LOCATION.put("region|nuts ?2? region", "Region");
        LOCATION.put("city|town|city/town|municipality", "City");
    }

    /** The owner section as read: any part may be null. */
    record Owner(String organisation, Country country, String contact) {
    }

    /** A part of a place as written: its text, and the line and field a refusal names. */
    public record Written(String value, int line, String field) {
        public Written {
            requireNonNull(value, "value");
        }
    }

    private final Gazetteer gazetteer;

    public PlatformPlaces(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
    }

    /** The location, or null when the record has none. */
    Location location(Path file, List<Line> lines) {
        Map<String, Line> values = LabelledLines.read(file, lines, LOCATION, "Location");
        Line country = values.get("Country");
        if (country == null) {
            if (!values.isEmpty()) {
                Line any = values.values().iterator().next();
                throw new RecordException(file, any.number(), "Location", "missing: a location names its country, e.g. \"Country: Slovenia\"");
            }
            return null;
        }
        return location(file, written(country, "Country"), written(values.get("Region"), "Region"),
                written(values.get("City"), "City"));
    }

    private static Written written(Line line, String field) {
        return line == null ? null : new Written(line.value(), line.number(), field);
    }

    /** The location of a country, and a region and a city within it when given (null when not). */
    public Location location(Path file, Written country, Written region, Written city) {
        requireNonNull(country, "country");
        Country c = country(file, new Line(country.value(), country.line()), country.field());
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

    /**
     * The owner section: "Organisation", its name and country on the lines after it, then "Contact"
     * and the person; labels with a colon ("Organisation: …", "Country: …") do as well.
     */
    Owner owner(Path file, List<Line> lines) {
        String organisation = null;
        Country country = null;
        String contact = null;
        String in = null;
        for (Line line : lines) {
            String[] labelled = line.value().split("\\s*:\\s*", 2);
            String label = labelled[0].toLowerCase(java.util.Locale.ROOT);
            String rest = labelled.length == 2 ? labelled[1].strip() : "";
            if (label.matches("organi[sz]ation|owner|organi[sz]ation name")) {
                in = "organisation";
                organisation = rest.isEmpty() ? organisation : rest;
            } else if (label.matches("contact|contact person|contact name")) {
                in = "contact";
                contact = rest.isEmpty() ? contact : rest;
            } else if (label.equals("country") && labelled.length == 2) {
                country = country(file, new Line(rest, line.number()), "Good practice owner");
            } else if ("organisation".equals(in) && organisation == null) {
                organisation = line.value();
            } else if ("organisation".equals(in) && country == null) {
                country = country(file, line, "Good practice owner");
            } else if ("contact".equals(in) && contact == null) {
                contact = line.value();
            } else if (!"contact".equals(in)) {
                // Further contact lines (an e-mail address, a phone number) are not kept; anything else is unexpected.
                throw new RecordException(file, line.number(), "Good practice owner", "expected \"Organisation\", "
                        + "the owner's name and country, then \"Contact\" and a person; found " + RecordException.shown(line.value()));
            }
        }
        return new Owner(organisation, country, contact);
    }

    private Country country(Path file, Line line, String field) {
        return gazetteer.countries().byName(line.value()).or(() -> countryByCode(line.value()))
                .orElseThrow(() -> new RecordException(file, line.number(), field,
                "unknown country " + RecordException.shown(line.value()) + "; write a European country's name in "
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

package org.goodpractice.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Countries that can appear in records, by the names records use for them, with their EU
 * Publications Office authority codes, ISO codes and NUTS country codes. Read from
 * {@code gazetteer/countries.tsv}.
 *
 * <pre>
 * Countries countries = Countries.load();
 * countries.byName("UNITED KINGDOM").map(Country::iri); // .../country/GBR
 * </pre>
 */
public final class Countries {
    /** Base of the EU Publications Office country authority IRIs. */
    public static final String AUTHORITY = "http://publications.europa.eu/resource/authority/country/";

    /**
     * A country: its authority code, ISO 3166-1 alpha-2 code, NUTS code (empty when no NUTS version has
     * the country), English short name and every name records use for it.
     */
    public record Country(String code, String iso2, String nuts, String name, List<String> names) {
        public Country {
            names = List.copyOf(names);
        }

        public String iri() {
            return AUTHORITY + code;
        }
    }

    private final List<Country> all;
    private final Map<String, Country> byKey = new HashMap<>();
    private final Map<String, Country> byIso2 = new HashMap<>();
    private final Map<String, Country> byNuts = new HashMap<>();

    private Countries(List<Country> all) {
        this.all = List.copyOf(all);
        for (Country c : all) {
            c.names().forEach(name -> byKey.put(PlaceNames.key(name), c));
            byIso2.put(c.iso2(), c);
            if (!c.nuts().isEmpty()) {
                byNuts.put(c.nuts(), c);
            }
        }
    }

    public static Countries load() {
        return new Countries(Tsv.rows("countries.tsv", 4).stream()
                .map(r -> {
                    List<String> names = Tsv.list(r[3], "\\|");
                    return new Country(r[0], r[1], r[2], names.get(0), names);
                })
                .toList());
    }

    /** The country called {@code name}, ignoring case, accents and punctuation. */
    public Optional<Country> byName(String name) {
        return Optional.ofNullable(byKey.get(PlaceNames.key(name)));
    }

    /** The country with ISO 3166-1 alpha-2 code {@code iso2}, as GeoNames gives it. */
    public Optional<Country> byIso2(String iso2) {
        return Optional.ofNullable(byIso2.get(iso2));
    }

    /** The country whose NUTS code is {@code nuts}, e.g. "UK" for the United Kingdom. */
    public Optional<Country> byNuts(String nuts) {
        return Optional.ofNullable(byNuts.get(nuts));
    }

    /** Every country, in file order. */
    public List<Country> all() {
        return all;
    }
}

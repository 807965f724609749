package org.goodpractice.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries that can appear in records, by the names records use for them, with their EU
 * Publications Office authority codes. Read from {@code gazetteer/countries.tsv}.
 *
 * <pre>
 * Countries countries = Countries.load();
 * countries.byName("UNITED KINGDOM").map(Country::iri); // .../country/GBR
 * </pre>
 */
public final class Countries {
    /** Base of the EU Publications Office country authority IRIs. */
    public static final String AUTHORITY = "http://publications.europa.eu/resource/authority/country/";

    /** A country: its authority code and English short name. */
    public record Country(String code, String name) {
        public String iri() {
            return AUTHORITY + code;
        }
    }

    private final Map<String, Country> byKey;

    private Countries(Map<String, Country> byKey) {
        this.byKey = byKey;
    }

    public static Countries load() {
        Map<String, Country> byKey = new HashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream("/gazetteer/countries.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                String[] columns = line.split("\t");
                String[] names = columns[1].split("\\|");
                Country country = new Country(columns[0], names[0]);
                for (String name : names) {
                    byKey.put(key(name), country);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer/countries.tsv", e);
        }
        return new Countries(byKey);
    }

    /** The country called {@code name}, ignoring case, accents and punctuation. */
    public Optional<Country> byName(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

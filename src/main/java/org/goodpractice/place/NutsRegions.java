package org.goodpractice.place;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * NUTS regions of every version shipped, by code and by the names records use for them, read from
 * {@code gazetteer/nuts.tsv} (generated from Eurostat's tables), {@code gazetteer/nuts-added.tsv} (the regions
 * Eurostat's tables give no label point, kept by hand; see {@link NutsTable}) and {@code gazetteer/nuts-names.tsv}
 * (English names and record spellings kept by hand).
 *
 * <pre>
 * NutsRegions nuts = NutsRegions.load();
 * nuts.byName("AT", "Styria");             // AT22 Steiermark
 * nuts.byName("IT", "Provincia di Bari");  // ITF47 Bari
 * </pre>
 */
public final class NutsRegions {
    /** Base of the NUTS code IRIs published by the EU Publications Office. */
    public static final String CODE_BASE = "http://data.europa.eu/nuts/code/";

    /** Base of the IRIs of the NUTS versions as SKOS concept schemes. */
    public static final String SCHEME_BASE = "http://data.europa.eu/nuts/scheme/";

    /** The NUTS versions shipped, oldest first. */
    public static final List<String> VERSIONS = List.of("2010", "2013", "2016", "2021", "2024");

    /**
     * The version that names are resolved in first: NUTS 2010 (Regulation (EU) No 31/2011) was in force
     * for the Interreg IVC annexes of the 2007-2013 programme period.
     */
    public static final String VERSION = "2010";

    /** How a region relates to one in a later NUTS version: same territory under a new code, or similar territory. */
    public enum Relation { EXACT, CLOSE }

    /** A region's counterpart in a later NUTS version. */
    public record LaterCode(Relation relation, String code) {
        public String iri() {
            return CODE_BASE + code;
        }
    }

    /**
     * A NUTS region: code, the versions that have it, its label point, its name (national language, as
     * in its first version), every name it is known by, the cities named as lying in it (NUTS-3 only),
     * its counterparts in the next versions and the code of the enclosing region (null for a country or a
     * NUTS-1 region, whose parent is its country).
     */
    public record Region(String code, List<String> versions, BigDecimal lon, BigDecimal lat, String name,
            List<String> names, List<String> cities, List<LaterCode> later, String parentCode) {
        public Region {
            versions = List.copyOf(versions);
            names = List.copyOf(names);
            cities = List.copyOf(cities);
            later = List.copyOf(later);
        }

        /** 0 (a country), 1, 2 or 3. */
        public int level() {
            return code.length() - 2;
        }

        /** The NUTS code of the country the region is in, e.g. "UK". */
        public String countryCode() {
            return code.substring(0, 2);
        }

        /** True when this region is {@code other} or lies inside it (by code: UKN0 holds UKN06 to UKN16). */
        public boolean isWithin(Region other) {
            return code.startsWith(other.code) || parentCode != null && parentCode.startsWith(other.code);
        }

        public boolean inVersion(String version) {
            return versions.contains(version);
        }

        /**
         * The version a record that looked the region up in {@code preferred} linked it from: that one when the
         * region is in it, else the first of the region's versions after it, else its last.
         */
        public String versionFor(String preferred) {
            return inVersion(preferred) ? preferred
                    : versions.stream().filter(v -> v.compareTo(preferred) > 0).findFirst().orElse(versions.get(versions.size() - 1));
        }

        /** The IRI of {@code version} as a SKOS concept scheme. */
        public static String schemeIri(String version) {
            return SCHEME_BASE + version;
        }

        public String iri() {
            return CODE_BASE + code;
        }
    }

    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, List<Region>> byKey = new HashMap<>();
    private final Map<String, List<Region>> byVariant = new HashMap<>();

    private NutsRegions(List<Region> regions) {
        for (Region r : regions) {
            byCode.put(r.code(), r);
            if (r.level() == 0) {
                continue; // countries are matched by Countries, with their English names
            }
            for (String name : r.names()) {
                index(byKey, r, PlaceNames.key(name));
                RegionNames.variants(name).forEach(key -> index(byVariant, r, key));
            }
        }
    }

    private static void index(Map<String, List<Region>> map, Region r, String key) {
        List<Region> list = map.computeIfAbsent(r.countryCode() + " " + key, k -> new ArrayList<>());
        if (!list.contains(r)) {
            list.add(r);
        }
    }

    public static NutsRegions load() {
        Map<String, String[]> added = new HashMap<>();
        for (String[] row : Tsv.rows("nuts-names.tsv", 4)) {
            if (added.put(row[0], row) != null) {
                throw new IllegalStateException("gazetteer/nuts-names.tsv lists " + row[0] + " twice; merge the rows");
            }
        }
        List<Region> regions = new ArrayList<>();
        for (String[] row : NutsTable.rows()) {
            String[] hand = added.remove(row[0]);
            List<String> names = new ArrayList<>(Tsv.list(row[4], "\\|"));
            List<String> later = new ArrayList<>(Tsv.list(row[5], "\\s+"));
            List<String> cities = List.of();
            if (hand != null) {
                Tsv.list(hand[1], "\\|").stream().filter(n -> !names.contains(n)).forEach(names::add);
                cities = Tsv.list(hand[2], "\\|");
                for (String link : Tsv.list(hand[3], "\\s+")) {
                    // A hand-kept link says better than the build's name-and-point rule how two codes relate.
                    String target = link.substring(link.indexOf(':') + 1);
                    later.removeIf(l -> l.endsWith(":" + target));
                    later.add(link);
                }
            }
            regions.add(new Region(row[0], Tsv.list(row[1], "\\s+"), new BigDecimal(row[2]), new BigDecimal(row[3]),
                    names.get(0), names, cities, later.stream().map(NutsRegions::laterCode).toList(), parentCode(row)));
        }
        if (!added.isEmpty()) {
            throw new IllegalStateException("gazetteer/nuts-names.tsv names codes that neither nuts.tsv nor nuts-added.tsv has: "
                    + added.keySet() + "; correct the code or regenerate nuts.tsv (see gazetteer/README.md)");
        }
        return new NutsRegions(regions);
    }

    /** Column 7 names the parent only where it is not the code less its last character. */
    private static String parentCode(String[] row) {
        String code = row[0];
        if (code.length() <= 3) {
            return null;
        }
        return row[6].isBlank() ? code.substring(0, code.length() - 1) : row[6].strip();
    }

    private static LaterCode laterCode(String text) {
        String[] parts = text.split(":");
        return new LaterCode(Relation.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
    }

    /**
     * The regions below country level of the country with NUTS code {@code countryCode} called
     * {@code name}, as {@link #byName(String, String, String)} in NUTS {@link #VERSION}.
     */
    public List<Region> byName(String countryCode, String name) {
        return byName(countryCode, name, VERSION);
    }

    /**
     * The regions called {@code name}, shallowest first: only those of {@code version} when it has any, so
     * that a record links the region of the version in force for it. A name as written wins over one found
     * without administrative words ("Provincia di", "County", "län"…).
     */
    public List<Region> byName(String countryCode, String name, String version) {
        String key = PlaceNames.key(name);
        String prefix = countryCode + " ";
        for (String k : List.of(prefix + key, prefix + RegionNames.bare(key))) {
            for (Map<String, List<Region>> map : List.of(byKey, byVariant)) {
                List<Region> found = map.get(k);
                if (found != null) {
                    return inVersionIfAny(found, version);
                }
            }
        }
        return List.of();
    }

    /**
     * The regions called exactly {@code name} (ignoring case and accents, not administrative words), those of
     * NUTS {@link #VERSION} alone when it has any: for free text, where "Łódź" is the city rather than the
     * region "Miasto Łódź" and one name should not count as two versions' regions.
     */
    public List<Region> byNameAsWritten(String countryCode, String name) {
        return inVersionIfAny(byKey.getOrDefault(countryCode + " " + PlaceNames.key(name), List.of()), VERSION);
    }

    private static List<Region> inVersionIfAny(List<Region> found, String version) {
        List<Region> inVersion = found.stream().filter(r -> r.inVersion(version)).toList();
        return (inVersion.isEmpty() ? found : inVersion).stream().sorted(Comparator.comparing(Region::level)).toList();
    }

    /** The region or country with NUTS code {@code code}, of any version shipped. */
    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every region below country level, of every version, in code order. */
    public List<Region> all() {
        return byCode.values().stream().filter(r -> r.level() > 0).toList();
    }
}

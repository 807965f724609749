package org.goodpractice.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NUTS 2010 regions by code and by the names records use for them, read from
 * {@code gazetteer/nuts.tsv}.
 *
 * <pre>
 * NutsRegions nuts = NutsRegions.load();
 * nuts.byName("UK", "WEST MIDLANDS"); // UKG (level 1) and UKG3 (level 2)
 * </pre>
 */
public final class NutsRegions {
    /** Base of the NUTS code IRIs published by the EU Publications Office. */
    public static final String CODE_BASE = "http://data.europa.eu/nuts/code/";

    /** The NUTS version of every code shipped. */
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
     * A NUTS region: code, NUTS 2010 name, every spelling records use, the cities named as lying in
     * it (NUTS-3 only) and its counterparts in later versions.
     */
    public record Region(String code, String name, List<String> names, List<String> cities, List<LaterCode> later) {
        public Region {
            names = List.copyOf(names);
            cities = List.copyOf(cities);
            later = List.copyOf(later);
        }

        /** 1, 2 or 3. */
        public int level() {
            return code.length() - 2;
        }

        /** The NUTS code of the country the region is in, e.g. "UK". */
        public String countryCode() {
            return code.substring(0, 2);
        }

        /** The code of the enclosing region, or null for a NUTS-1 region (whose parent is its country). */
        public String parentCode() {
            return level() == 1 ? null : code.substring(0, code.length() - 1);
        }

        /** True when this region is {@code other} or lies inside it. */
        public boolean isWithin(Region other) {
            return code.startsWith(other.code);
        }

        public String iri() {
            return CODE_BASE + code;
        }
    }

    /** Words records put before a region's name that NUTS names leave out: "Provincia di Torino" is Torino. */
    private static final Pattern ADMINISTRATIVE_PREFIX = Pattern.compile(
            "^(?:provincia (?:di|del|della|dell) |province of |county |departement (?:de |du |des |d )?(?:l )?|region (?:de |of )?"
            + "|regione |comunidad (?:de )?|landkreis |kreis )");

    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, List<Region>> byKey = new HashMap<>();

    private NutsRegions(List<Region> regions) {
        for (Region r : regions) {
            byCode.put(r.code(), r);
            for (String name : r.names()) {
                byKey.computeIfAbsent(r.countryCode() + " " + PlaceNames.key(name), k -> new ArrayList<>()).add(r);
            }
        }
        byKey.values().forEach(list -> list.sort(Comparator.comparing(Region::level)));
    }

    public static NutsRegions load() {
        return new NutsRegions(Tsv.rows("nuts.tsv", 4).stream()
                .map(r -> new Region(r[0], Tsv.list(r[1], "\\|").get(0), Tsv.list(r[1], "\\|"),
                        Tsv.list(r[2], "\\|"), Tsv.list(r[3], "\\s+").stream().map(NutsRegions::laterCode).toList()))
                .toList());
    }

    private static LaterCode laterCode(String text) {
        String[] parts = text.split(":");
        return new LaterCode(Relation.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
    }

    /**
     * The regions of the country with NUTS code {@code countryCode} called {@code name}, shallowest first;
     * an administrative prefix such as "Provincia di" or "County" is ignored when the whole name is not known.
     */
    public List<Region> byName(String countryCode, String name) {
        String key = PlaceNames.key(name);
        List<Region> found = byKey.get(countryCode + " " + key);
        if (found == null) {
            found = byKey.get(countryCode + " " + ADMINISTRATIVE_PREFIX.matcher(key).replaceFirst(""));
        }
        return found == null ? List.of() : found;
    }

    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every region, in file order. */
    public List<Region> all() {
        return List.copyOf(byCode.values());
    }
}

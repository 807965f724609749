package org.goodpractice.place;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The NUTS table as the gazetteer loads it: {@code gazetteer/nuts.tsv}, generated from Eurostat's Nuts2json
 * label points, with {@code gazetteer/nuts-added.tsv} merged in, the regions (Canarias, the French overseas
 * departments) and versions (Açores in 2010) that Nuts2json has no point for, kept by hand. A hand row adds a
 * code, or versions to a code nuts.tsv has; it never replaces what the build made, so that a later build that
 * finds a point shows up as a conflict to resolve rather than as a silent override.
 */
final class NutsTable {
    static final String GENERATED = "nuts.tsv";
    static final String ADDED = "nuts-added.tsv";
    private static final int COLUMNS = 7;

    private NutsTable() {
    }

    /** Every region's row in nuts.tsv's columns, in code order, each with a label point. */
    static List<String[]> rows() {
        return merge(Tsv.rows(GENERATED, COLUMNS), Tsv.rows(ADDED, COLUMNS + 1));
    }

    static List<String[]> merge(List<String[]> generated, List<String[]> added) {
        Map<String, String[]> byCode = new TreeMap<>();
        for (String[] row : generated) {
            byCode.put(row[0], Arrays.copyOf(row, COLUMNS));
        }
        for (String[] hand : added) {
            String code = hand[0];
            checkVersions(code, Tsv.list(hand[1], "\\s+"));
            if (hand[COLUMNS].isEmpty()) {
                throw problem(code + " does not say where its label point comes from (last column)");
            }
            String[] row = byCode.get(code);
            if (row == null) {
                if (hand[2].isEmpty() || hand[3].isEmpty()) {
                    throw problem(code + " is not in " + GENERATED + " and has no label point; give its longitude and latitude");
                }
                byCode.put(code, Arrays.copyOf(hand, COLUMNS));
            } else {
                byCode.put(code, addTo(row, hand));
            }
        }
        byCode.values().forEach(NutsTable::checkPoint);
        return new ArrayList<>(byCode.values());
    }

    private static String[] addTo(String[] row, String[] hand) {
        String code = row[0];
        if (!hand[2].isEmpty() || !hand[3].isEmpty()) {
            throw problem(code + " has a label point in " + GENERATED + "; leave the point empty");
        }
        Set<String> versions = new LinkedHashSet<>(Tsv.list(row[1], "\\s+"));
        for (String version : Tsv.list(hand[1], "\\s+")) {
            if (!versions.add(version)) {
                throw problem(code + " of NUTS " + version + " is in " + GENERATED
                        + " (Nuts2json has its point now); remove that version from " + ADDED);
            }
        }
        String[] merged = row.clone();
        merged[1] = String.join(" ", versions.stream().sorted(Comparator.comparing(NutsRegions.VERSIONS::indexOf)).toList());
        merged[4] = join(row[4], hand[4], "|");
        merged[5] = join(row[5], hand[5], " ");
        merged[6] = row[6].isEmpty() ? hand[6] : row[6];
        return merged;
    }

    private static String join(String a, String b, String separator) {
        return a.isEmpty() || b.isEmpty() ? a + b : a + separator + b;
    }

    private static void checkVersions(String code, List<String> versions) {
        if (versions.isEmpty() || !NutsRegions.VERSIONS.containsAll(versions)) {
            throw problem(code + " gives the versions \"" + String.join(" ", versions) + "\"; each must be one of "
                    + NutsRegions.VERSIONS);
        }
    }

    private static void checkPoint(String[] row) {
        try {
            BigDecimal lon = new BigDecimal(row[2]);
            BigDecimal lat = new BigDecimal(row[3]);
            if (lon.abs().compareTo(BigDecimal.valueOf(180)) > 0 || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
                throw problem(row[0] + " has the label point " + row[2] + " " + row[3] + ", which is no longitude and latitude");
            }
        } catch (NumberFormatException e) {
            throw problem(row[0] + " has no label point (\"" + row[2] + "\" \"" + row[3] + "\")");
        }
    }

    private static IllegalStateException problem(String message) {
        return new IllegalStateException("gazetteer/" + ADDED + " or " + GENERATED + ": " + message + " (see gazetteer/README.md)");
    }
}

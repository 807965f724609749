package org.goodpractice.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads the gazetteer's tab-separated tables from the class path; '#' starts a comment line. */
final class Tsv {
    private Tsv() {
    }

    /** The rows of {@code gazetteer/name}, each padded with empty strings to {@code columns} columns. */
    static List<String[]> rows(String name, int columns) {
        String path = "/gazetteer/" + name;
        try (InputStream in = Tsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Gazetteer file " + path + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> row(l, columns)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static String[] row(String line, int columns) {
        String[] cells = line.split("\t", -1);
        String[] row = Arrays.copyOf(cells, Math.max(columns, cells.length));
        for (int i = 0; i < row.length; i++) {
            row[i] = row[i] == null ? "" : row[i].strip();
        }
        return row;
    }

    /** The non-empty parts of a "|"-separated column. */
    static List<String> list(String column, String separator) {
        return Arrays.stream(column.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package org.goodpractice.ingest.spreadsheet;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One data row of a spreadsheet: the line it starts on (CSV, counting the header as 1) or for a
 * workbook its place in file order (sheet, then row), with {@code where} naming it as messages do
 * ({@code sheet "Partners" row 3}; null for CSV), and its cells by lower-case header name; a cell left
 * empty is absent.
 */
public record SpreadsheetRow(int line, String where, Map<String, String> cells) {
    public SpreadsheetRow {
        requireNonNull(cells, "cells");
        cells = Map.copyOf(cells);
    }

    /** A row of a CSV file, which its line names. */
    public SpreadsheetRow(int line, Map<String, String> cells) {
        this(line, null, cells);
    }

    /** The row as a message names it: {@code line 3} or {@code sheet "Partners" row 3}. */
    public String describe() {
        return where != null ? where : "line " + line;
    }

    /** The trimmed cell under {@code column}, or "" when the row leaves it empty. */
    public String cell(String column) {
        return cells.getOrDefault(requireNonNull(column, "column"), "");
    }
}

package org.goodpractice.ingest.spreadsheet;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One data row of a spreadsheet: the line (CSV) or row number (XLSX) it starts on, counting the
 * header as 1, and its cells by lower-case header name; a cell left empty is absent.
 */
public record SpreadsheetRow(int line, Map<String, String> cells) {
    public SpreadsheetRow {
        requireNonNull(cells, "cells");
        cells = Map.copyOf(cells);
    }

    /** The trimmed cell under {@code column}, or "" when the row leaves it empty. */
    public String cell(String column) {
        return cells.getOrDefault(requireNonNull(column, "column"), "");
    }
}

package org.goodpractice.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server, for an inline SVG the template draws: no
 * script, and the same numbers in a table beside it for screen readers and copying.
 *
 * @param id     a page-unique prefix for the chart's element ids
 * @param column the heading of the label column of the chart's table
 * @param height the SVG height in its own units (its width is {@link #WIDTH})
 * @param hidden how many smaller values were left out of the chart
 */
record BarChart(String id, String title, String column, int height, List<Bar> bars, int hidden) {
    static final int WIDTH = 640;
    private static final int ROW = 46;
    private static final int BAR_SPACE = WIDTH - 60;

    /** One bar: its label above it, its length, and where its count is written. */
    record Bar(String label, int count, String href, int labelY, int barY, int barWidth, int countX, int countY) {
    }

    /** A value to draw. */
    record Entry(String label, int count, String href) {
    }

    /** The largest {@code limit} of {@code entries} (already in order), laid out as rows. */
    static BarChart of(String id, String title, String column, List<Entry> entries, int limit) {
        int max = entries.stream().mapToInt(Entry::count).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (Entry e : entries.subList(0, Math.min(limit, entries.size()))) {
            int top = bars.size() * ROW;
            int width = Math.max(2, Math.round((float) e.count() * BAR_SPACE / max));
            bars.add(new Bar(e.label(), e.count(), e.href(), top + 16, top + 22, width, width + 8, top + 35));
        }
        return new BarChart(id, title, column, Math.max(ROW, bars.size() * ROW), bars, Math.max(0, entries.size() - limit));
    }

    public int width() {
        return WIDTH;
    }
}

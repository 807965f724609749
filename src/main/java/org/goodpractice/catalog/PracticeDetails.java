package org.goodpractice.catalog;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.goodpractice.catalog.PracticeView.IndicatorRow;
import org.goodpractice.catalog.PracticeView.Provenance;
import org.goodpractice.sparql.Queries;

/**
 * The parts of a practice's page that come from more than one hop away, its indicators and its
 * provenance, asked of the practice's record graph in memory (with the labels it links to).
 */
final class PracticeDetails {
    private static final Query INDICATORS = Queries.load("practice-indicators");
    private static final Query PROVENANCE = Queries.load("practice-provenance");
    private static final Pattern PERIOD = Pattern.compile("P(\\d+)([DWMY])");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

    private PracticeDetails() {
    }

    /**
     * The indicators of {@code practiceIri} in {@code model} (its record graph with the labels it
     * links to), in the order of the evidence text.
     */
    static List<IndicatorRow> indicators(Model model, String practiceIri) {
        Query query = Queries.bind(INDICATORS, Map.of("practice", NodeFactory.createURI(practiceIri)));
        List<Map.Entry<Integer, IndicatorRow>> rows = select(model, query, rs -> {
            List<Map.Entry<Integer, IndicatorRow>> all = new ArrayList<>();
            rs.forEachRemaining(row -> {
                String unit = row.getLiteral("unit").getString();
                String counts = text(row, "counts");
                all.add(Map.entry(position(row.getResource("indicator").getURI()), new IndicatorRow(
                        number(row.getLiteral("value").getLexicalForm()),
                        text(row, "qualifier"),
                        unit,
                        unit.equals(counts) ? null : counts,
                        period(text(row, "period")),
                        row.getLiteral("sentence").getString())));
            });
            return all;
        });
        return rows.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** Where {@code record} came from, or null for a record without provenance. */
    static Provenance provenance(Model record) {
        return select(record, PROVENANCE, rs -> {
            if (!rs.hasNext()) {
                return null;
            }
            QuerySolution row = rs.next();
            return new Provenance(row.getResource("graph").getURI(), text(row, "file"), text(row, "sha256"),
                    row.getLiteral("time").getLexicalForm(), text(row, "version"));
        });
    }

    private static <T> T select(Model model, Query query, Function<ResultSet, T> reader) {
        try (QueryExecution execution = QueryExecution.model(model).query(query).build()) {
            return reader.apply(execution.execSelect());
        }
    }

    private static String text(QuerySolution row, String variable) {
        return row.contains(variable) ? row.getLiteral(variable).getLexicalForm() : null;
    }

    private static int position(String indicatorIri) {
        Matcher m = TRAILING_NUMBER.matcher(indicatorIri);
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    /** "18000000" as "18,000,000". */
    private static String number(String lexical) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(new BigDecimal(lexical));
    }

    /** "P12M" as "12 months", "P1Y" as "1 year". */
    private static String period(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = PERIOD.matcher(iso);
        if (!m.matches()) {
            return iso;
        }
        String unit = switch (m.group(2)) {
            case "D" -> "day";
            case "W" -> "week";
            case "M" -> "month";
            default -> "year";
        };
        return m.group(1) + " " + unit + (m.group(1).equals("1") ? "" : "s");
    }
}

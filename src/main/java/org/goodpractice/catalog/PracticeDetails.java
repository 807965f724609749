package org.goodpractice.catalog;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.catalog.PracticeView.IndicatorRow;
import org.goodpractice.catalog.PracticeView.Provenance;
import org.goodpractice.vocab.GP;
import org.goodpractice.vocab.PROV;
import org.goodpractice.vocab.SPDX;

/**
 * The parts of a practice's page that come from more than one hop away, its indicators and its
 * provenance, asked of the practice's record graph in memory (with the labels it links to).
 */
final class PracticeDetails {
    private static final Pattern PERIOD = Pattern.compile("P(\\d+)([DWMY])");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

    private PracticeDetails() {
    }

    /**
     * The indicators of {@code practiceIri} in {@code model} (its record graph with the labels it
     * links to), in the order of the evidence text: a row for each value, unit and sentence, with
     * the labels of its qualifier and of what it counts and its period where it has them (as a
     * SPARQL OPTIONAL would). Read with the model's API: evaluating that as a query cost a first
     * view of the page more than the reading does.
     */
    static List<IndicatorRow> indicators(Model model, String practiceIri) {
        List<Map.Entry<Integer, IndicatorRow>> all = new ArrayList<>();
        for (RDFNode node : objects(model.createResource(practiceIri), GP.indicator)) {
            if (!node.isResource()) {
                continue;
            }
            Resource indicator = node.asResource();
            int position = position(indicator.getURI());
            for (RDFNode value : objects(indicator, SchemaDO.value)) {
                for (RDFNode unitNode : objects(indicator, SchemaDO.unitText)) {
                    String unit = unitNode.asLiteral().getString();
                    for (RDFNode sentence : objects(indicator, GP.sourceSentence)) {
                        for (String qualifier : optional(labels(indicator, GP.qualifier, RDFS.label))) {
                            for (String counts : optional(labels(indicator, GP.counts, SKOS.prefLabel))) {
                                for (String period : optional(lexical(objects(indicator, GP.period)))) {
                                    all.add(Map.entry(position, new IndicatorRow(number(value.asLiteral().getLexicalForm()),
                                            qualifier, unit, unit.equals(counts) ? null : counts, period(period),
                                            sentence.asLiteral().getString())));
                                }
                            }
                        }
                    }
                }
            }
        }
        return all.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /**
     * Where {@code record} came from, or null for a record without provenance: the record graph
     * describes itself with PROV-O ({@code prov:wasDerivedFrom} a file with its {@code schema:name}
     * and {@code spdx:checksum}, {@code prov:generatedAtTime}, {@code prov:wasGeneratedBy} an activity
     * {@code prov:wasAssociatedWith} the importer and its {@code schema:softwareVersion}). Read with
     * the model's API, taking the first match (a record states one source): evaluating that as a
     * SPARQL query cost a first view of the page more than the reading does.
     */
    static Provenance provenance(Model record) {
        for (Statement derived : record.listStatements(null, PROV.wasDerivedFrom, (RDFNode) null).toList()) {
            Resource graph = derived.getSubject();
            if (!derived.getObject().isResource()) {
                continue;
            }
            Resource source = derived.getResource();
            for (RDFNode time : objects(graph, PROV.generatedAtTime)) {
                for (RDFNode version : path(graph, PROV.wasGeneratedBy, PROV.wasAssociatedWith, SchemaDO.softwareVersion)) {
                    for (RDFNode file : objects(source, SchemaDO.name)) {
                        for (RDFNode sha256 : path(source, SPDX.checksum, SPDX.checksumValue)) {
                            return new Provenance(graph.getURI(), file.asLiteral().getLexicalForm(),
                                    sha256.asLiteral().getLexicalForm(), time.asLiteral().getLexicalForm(),
                                    version.asLiteral().getLexicalForm());
                        }
                    }
                }
            }
        }
        return null;
    }

    /** What SPARQL's path {@code links[0]/links[1]/…} reaches from {@code subject}. */
    private static List<RDFNode> path(Resource subject, Property... links) {
        List<RDFNode> reached = List.of(subject);
        for (Property link : links) {
            List<RDFNode> next = new ArrayList<>();
            for (RDFNode node : reached) {
                if (node.isResource()) {
                    next.addAll(objects(node.asResource(), link));
                }
            }
            reached = next;
        }
        return reached;
    }

    private static List<RDFNode> objects(Resource subject, Property property) {
        return subject.listProperties(property).mapWith(Statement::getObject).toList();
    }

    /** The lexical forms of the labels of what {@code subject} links to by {@code link}: SPARQL's link/label path. */
    private static List<String> labels(Resource subject, Property link, Property label) {
        List<String> labels = new ArrayList<>();
        for (RDFNode target : objects(subject, link)) {
            if (target.isResource()) {
                labels.addAll(lexical(objects(target.asResource(), label)));
            }
        }
        return labels;
    }

    private static List<String> lexical(List<RDFNode> literals) {
        return literals.stream().map(n -> n.asLiteral().getLexicalForm()).toList();
    }

    /** The values of a SPARQL OPTIONAL: those found, or one unbound (null) when there are none. */
    private static List<String> optional(List<String> values) {
        return values.isEmpty() ? Collections.singletonList(null) : values;
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

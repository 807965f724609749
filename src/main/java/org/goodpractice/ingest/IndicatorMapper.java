package org.goodpractice.ingest;

import java.math.BigDecimal;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.evidence.Indicator;
import org.goodpractice.evidence.Qualifier;
import org.goodpractice.vocab.GP;

/**
 * Writes the indicators read from a record's text as {@code schema:QuantitativeValue} nodes,
 * {@code {record}/indicator/{n}}, numbered in the order of the text.
 */
public final class IndicatorMapper {
    private static final String LANG = "en";

    private IndicatorMapper() {
    }

    /** Adds {@code indicators} to {@code record}; {@code base} is the base of concept IRIs. */
    public static void add(Resource record, String base, List<Indicator> indicators) {
        Model m = record.getModel();
        for (int n = 1; n <= indicators.size(); n++) {
            Indicator indicator = indicators.get(n - 1);
            Literal value = number(m, indicator.value());
            Resource node = m.createResource(Iris.indicator(record.getURI(), n), SchemaDO.QuantitativeValue)
                    .addLiteral(SchemaDO.value, value)
                    .addProperty(SchemaDO.unitText, indicator.unit())
                    .addProperty(RDFS.label, indicator.phrase(), LANG)
                    .addProperty(GP.sourceSentence, indicator.sentence(), LANG);
            if (indicator.qualifier() != null) {
                node.addProperty(GP.qualifier, m.createResource(indicator.qualifier().iri()));
                if (indicator.qualifier() == Qualifier.AT_LEAST) {
                    node.addLiteral(SchemaDO.minValue, value);
                } else if (indicator.qualifier() == Qualifier.AT_MOST) {
                    node.addLiteral(SchemaDO.maxValue, value);
                }
            }
            if (indicator.counted() != null) {
                node.addProperty(GP.counts, m.createResource(indicator.counted().iri(base)));
            }
            if (indicator.period() != null) {
                node.addLiteral(GP.period, m.createTypedLiteral(indicator.period(), XSDDatatype.XSDduration));
            }
            record.addProperty(GP.indicator, node);
        }
    }

    /** Whole numbers as xsd:integer, others as xsd:decimal, so that both compare and sum as numbers. */
    private static Literal number(Model m, BigDecimal value) {
        return value.scale() <= 0
                ? m.createTypedLiteral(value.toPlainString(), XSDDatatype.XSDinteger)
                : m.createTypedLiteral(value.toPlainString(), XSDDatatype.XSDdecimal);
    }
}

package org.goodpractice.ingest;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.goodpractice.classify.KeywordClassifier.Classification;
import org.goodpractice.vocab.GP;

/**
 * Writes inferred concepts so that they can never pass for what the source said: through their
 * own properties ({@code gp:inferredSubTheme}, {@code gp:inferredTopic}), each with a
 * {@code gp:Classification} node giving the score, the words that matched and the rule.
 */
public final class ClassificationMapper {
    /** The rule every keyword inference follows, as recorded with it. */
    public static final String RULE = "keyword lists (skos:hiddenLabel) of the ontology's concept schemes";

    private ClassificationMapper() {
    }

    public static void add(Resource record, Property inferred, List<Classification> classifications) {
        for (Classification c : classifications) {
            Resource concept = record.getModel().createResource(c.concept());
            record.addProperty(inferred, concept);
            String slug = c.concept().substring(c.concept().lastIndexOf('/') + 1);
            record.addProperty(GP.classification, record.getModel()
                    .createResource(record.getURI() + "/classification/" + slug, GP.Classification)
                    .addProperty(GP.concept, concept)
                    .addLiteral(GP.score, record.getModel().createTypedLiteral(String.valueOf(c.score()), XSDDatatype.XSDdecimal))
                    .addProperty(GP.matchedWords, c.explanation())
                    .addProperty(GP.rule, RULE));
        }
    }
}

package org.goodpractice.ingest.article;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.classify.KeywordClassifier;
import org.goodpractice.evidence.Indicator;
import org.goodpractice.evidence.IndicatorExtractor;
import org.goodpractice.place.Gazetteer;

/**
 * Extracts the facts of an article by deterministic, explainable rules: places through the
 * gazetteer, organisations and programmes by name patterns and the programme scheme, figures by
 * the same indicator rules as annexes (after writing spelled-out numbers as digits), and
 * sub-themes and topics by the keyword lists of the ontology.
 *
 * <pre>
 * ArticleFacts facts = new FactExtractor(ontology, base, Gazetteer.bundled()).extract(article);
 * </pre>
 */
public final class FactExtractor {
    /** A sub-theme needs three keyword matches making a fifth of all matches. */
    private static final int SUB_THEME_MIN_MATCHES = 3;
    private static final double SUB_THEME_MIN_SHARE = 0.2;
    /** A topic needs two matches: topics are narrow, so their words are telling. */
    private static final int TOPIC_MIN_MATCHES = 2;

    private final PlaceFinder places;
    private final ProgrammeFinder programmes;
    private final OrganisationFinder organisations;
    private final IndicatorExtractor indicators = new IndicatorExtractor();
    private final KeywordClassifier subThemes;
    private final KeywordClassifier topics;

    public FactExtractor(Model ontology, String baseUri, Gazetteer gazetteer) {
        requireNonNull(ontology, "ontology");
        requireNonNull(baseUri, "baseUri");
        this.places = new PlaceFinder(requireNonNull(gazetteer, "gazetteer"), baseUri);
        this.programmes = new ProgrammeFinder(ontology, baseUri);
        this.organisations = new OrganisationFinder(name -> programmes.isProgramme(name)
                || gazetteer.countries().byName(name).isPresent());
        this.subThemes = KeywordClassifier.forScheme(ontology, baseUri + "id/scheme/sub-theme",
                SUB_THEME_MIN_MATCHES, SUB_THEME_MIN_SHARE);
        this.topics = topicClassifier(ontology, baseUri);
    }

    /** The topic classifier, shared with annexes so that practices and articles can meet on topics. */
    public static KeywordClassifier topicClassifier(Model ontology, String baseUri) {
        return KeywordClassifier.forScheme(ontology, baseUri + "id/scheme/topic", TOPIC_MIN_MATCHES, 0);
    }

    public ArticleFacts extract(Article article) {
        List<String> sentences = Sentences.of(article.paragraphs());
        List<String> captions = Sentences.of(article.captions());
        List<String> all = new ArrayList<>(sentences);
        all.addAll(captions);
        String text = article.headline() + "\n" + String.join("\n", article.categories()) + "\n" + String.join("\n", all);
        List<Mention> named = organisations.find(all);
        return new ArticleFacts(places.find(all, named), named, programmes.find(all),
                figures(sentences), subThemes.classify(text), topics.classify(text));
    }

    private List<Indicator> figures(List<String> sentences) {
        List<Indicator> found = new ArrayList<>();
        for (String sentence : sentences) {
            NumberWords.Converted converted = NumberWords.digits(sentence);
            for (Indicator i : indicators.extract(List.of(converted.text()))) {
                found.add(new Indicator(i.value(), i.qualifier(), i.counted(), converted.original(i.unit()), i.period(),
                        converted.original(i.phrase()), sentence));
            }
        }
        return found;
    }
}

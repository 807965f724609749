package org.goodpractice.ingest.article;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.function.Predicate;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.ingest.AnnexParser;
import org.goodpractice.ingest.Iris;
import org.goodpractice.ingest.MappedRecord;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.RecordFormat;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.place.Gazetteer;

/**
 * Case-study articles such as blog posts: a headline, a "Posted in:" line and the body. Its
 * sub-themes and topics are inferred from the whole body by {@link FactExtractor}, with the
 * sentences they came from, so the format brings its own inferences.
 *
 * <pre>
 * RecordFormat format = new ArticleFormat(base, ontology, Gazetteer.bundled());
 * </pre>
 */
public final class ArticleFormat implements RecordFormat {
    private final String base;
    private final ArticleParser parser = new ArticleParser();
    private final ArticleMapper mapper;
    private final FactExtractor facts;

    public ArticleFormat(String baseUri, Model ontology, Gazetteer gazetteer) {
        this.base = requireNonNull(baseUri, "baseUri");
        this.mapper = new ArticleMapper(baseUri);
        this.facts = new FactExtractor(ontology, baseUri, gazetteer);
    }

    @Override
    public String name() {
        return "article";
    }

    @Override
    public String shape() {
        return "an article has a \"Posted in:\" line";
    }

    @Override
    public boolean looksLike(SourceText source) {
        return ArticleParser.looksLikeArticle(source);
    }

    @Override
    public MappedRecord map(SourceText source, Predicate<String> graphTaken) {
        Article article = parser.parse(source);
        ArticleFacts found = facts.extract(article);
        if (found.indicators().size() > AnnexParser.MAX_INDICATORS) {
            throw new RecordException(source.file(), 0, "Body", String.format(Locale.ROOT,
                    "states %,d numbers; a record is read with at most %d", found.indicators().size(),
                    AnnexParser.MAX_INDICATORS));
        }
        return new MappedRecord(article.slug(), article.headline(), Iris.article(base, article.slug()),
                Iris.articleGraph(base, article.slug()), mapper.map(article, found), found.places().countries(),
                found.places().regions(), found.places().cities(), null, java.util.List.of(), null, null);
    }
}

package org.goodpractice.ingest.article;

import static java.util.Objects.requireNonNull;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.ingest.ClassificationMapper;
import org.goodpractice.ingest.IndicatorMapper;
import org.goodpractice.ingest.Iris;
import org.goodpractice.ingest.LocationMapper;
import org.goodpractice.vocab.GP;
import org.goodpractice.vocab.Prefixes;

/**
 * Turns a parsed {@link Article} and its {@link ArticleFacts} into the RDF graph of a case study:
 * the article, its category concepts, image captions, authors with job titles and affiliations,
 * and every extracted fact as a {@code gp:Mention}, indicator or inferred concept that keeps the
 * words it came from.
 *
 * <pre>
 * Model graph = new ArticleMapper("http://localhost:8080/").map(article, facts);
 * </pre>
 */
public final class ArticleMapper {
    private static final String LANG = "en";

    private final String base;

    public ArticleMapper(String baseUri) {
        this.base = requireNonNull(baseUri, "baseUri");
    }

    public Model map(Article article, ArticleFacts facts) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.COMMON);
        Resource caseStudy = m.createResource(Iris.article(base, article.slug()), GP.CaseStudy)
                .addProperty(DCTerms.identifier, article.slug())
                .addProperty(DCTerms.title, article.headline(), LANG)
                .addProperty(DCTerms.description, article.paragraphs().get(0), LANG)
                .addProperty(SchemaDO.articleBody, String.join("\n\n", article.paragraphs()), LANG);
        Resource scheme = m.createResource(base + "id/scheme/category", SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, "Article categories", LANG);
        for (String category : article.categories()) {
            Resource concept = m.createResource(Iris.category(base, category), SKOS.Concept)
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.prefLabel, category, LANG);
            caseStudy.addProperty(DCTerms.subject, concept);
        }
        int n = 0;
        for (String caption : article.captions()) {
            caseStudy.addProperty(SchemaDO.image, m.createResource(caseStudy.getURI() + "/image/" + ++n, SchemaDO.ImageObject)
                    .addProperty(SchemaDO.caption, caption, LANG));
        }
        for (Article.Author author : article.authors()) {
            caseStudy.addProperty(SchemaDO.author, person(m, author));
        }
        facts(caseStudy, facts);
        return m;
    }

    private void facts(Resource caseStudy, ArticleFacts facts) {
        Model m = caseStudy.getModel();
        facts.places().countries().forEach(c -> caseStudy.addProperty(GP.country, m.createResource(c.iri())));
        LocationMapper.regions(caseStudy, facts.places().regions());
        facts.places().cities().forEach(c -> caseStudy.addProperty(GP.locality, m.createResource(Iris.place(base, c))));
        int n = 0;
        for (Mention place : facts.places().mentions()) {
            mention(caseStudy, ++n, m.createResource(place.iri()), place);
        }
        for (Mention organisation : facts.organisations()) {
            Resource org = m.createResource(Iris.organisation(base, organisation.name()), ORG.Organization)
                    .addProperty(SKOS.prefLabel, organisation.name(), LANG);
            caseStudy.addProperty(SchemaDO.mentions, org);
            mention(caseStudy, ++n, org, organisation);
        }
        for (Mention programme : facts.programmes()) {
            Resource concept = m.createResource(programme.iri());
            caseStudy.addProperty(SchemaDO.mentions, concept);
            mention(caseStudy, ++n, concept, programme);
        }
        IndicatorMapper.add(caseStudy, base, facts.indicators());
        ClassificationMapper.add(caseStudy, GP.inferredSubTheme, facts.subThemes());
        ClassificationMapper.add(caseStudy, GP.inferredTopic, facts.topics());
    }

    private static void mention(Resource caseStudy, int n, Resource thing, Mention mention) {
        caseStudy.addProperty(GP.mention, caseStudy.getModel().createResource(caseStudy.getURI() + "/mention/" + n, GP.Mention)
                .addProperty(GP.mentionOf, thing)
                .addProperty(GP.quote, mention.text())
                .addProperty(GP.rule, mention.rule())
                .addProperty(GP.sourceSentence, mention.sentence(), LANG));
    }

    private Resource person(Model m, Article.Author author) {
        Resource person = m.createResource(Iris.person(base, author.name()), FOAF.Person)
                .addProperty(FOAF.name, author.name());
        if (author.honorific() != null) {
            person.addProperty(SchemaDO.honorificPrefix, author.honorific());
        }
        if (author.jobTitle() != null) {
            person.addProperty(SchemaDO.jobTitle, author.jobTitle(), LANG);
        }
        if (author.affiliation() != null) {
            person.addProperty(ORG.memberOf, m.createResource(Iris.organisation(base, author.affiliation()), ORG.Organization)
                    .addProperty(SKOS.prefLabel, author.affiliation(), LANG));
        }
        return person;
    }
}

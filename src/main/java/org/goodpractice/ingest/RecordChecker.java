package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.goodpractice.classify.KeywordClassifier;
import org.goodpractice.ingest.article.Article;
import org.goodpractice.ingest.article.ArticleFacts;
import org.goodpractice.ingest.article.ArticleMapper;
import org.goodpractice.ingest.article.ArticleParser;
import org.goodpractice.ingest.article.FactExtractor;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.validation.RecordValidator;
import org.goodpractice.validation.RecordValidator.Violation;
import org.goodpractice.vocab.GP;

/**
 * Turns one record file into the checked graph that would be written for it, without touching a
 * store: parse (as an annex or an article), map to RDF, add provenance, and validate against the
 * SHACL shapes (together with the gazetteer entries the record links to). Anything wrong is a
 * {@link RecordException}.
 *
 * <pre>
 * RecordChecker.Checked checked = new RecordChecker("http://localhost:8080/").check(Path.of("data/annex/0557C2.txt"));
 * </pre>
 */
public final class RecordChecker {
    /** A record ready to be written: its identifier and title, the graph it goes into and that graph's content. */
    public record Checked(String id, String title, String graph, Model model, List<String> warnings) {
        public Checked {
            warnings = List.copyOf(warnings);
        }
    }

    private final String baseUri;
    private final AnnexParser annexParser;
    private final AnnexMapper annexMapper;
    private final ArticleParser articleParser = new ArticleParser();
    private final ArticleMapper articleMapper;
    private final FactExtractor facts;
    private final KeywordClassifier topics;
    private final GazetteerGraph gazetteerGraph;
    private final RecordValidator validator;
    private final Clock clock;
    private RecordKind kind = RecordKind.AUTO;

    public RecordChecker(String baseUri) {
        this(baseUri, Ontology.load(baseUri), Clock.systemUTC());
    }

    public RecordChecker(String baseUri, Model ontology, Clock clock) {
        this.baseUri = requireNonNull(baseUri, "baseUri");
        requireNonNull(ontology, "ontology");
        this.annexParser = new AnnexParser(ProgrammeSchemes.from(ontology, baseUri), Gazetteer.bundled());
        this.annexMapper = new AnnexMapper(baseUri);
        this.articleMapper = new ArticleMapper(baseUri);
        this.facts = new FactExtractor(ontology, baseUri, Gazetteer.bundled());
        this.topics = FactExtractor.topicClassifier(ontology, baseUri);
        this.gazetteerGraph = new GazetteerGraph(Gazetteer.bundled(), baseUri);
        this.validator = RecordValidator.bundled();
        this.clock = requireNonNull(clock, "clock");
    }

    /** Reads every file as {@code kind}; {@link RecordKind#AUTO} (the default) decides per file. */
    public RecordChecker kind(RecordKind kind) {
        this.kind = requireNonNull(kind, "kind");
        return this;
    }

    /** Reads and checks {@code file}. */
    public Checked check(Path file) {
        return check(SourceText.read(file), Provenance.sha256(file));
    }

    /** Checks a file already read, whose bytes have SHA-256 {@code sha256}. */
    public Checked check(SourceText source, String sha256) {
        RecordKind as = kind != RecordKind.AUTO ? kind
                : AnnexParser.looksLikeAnnex(source) ? RecordKind.ANNEX
                : ArticleParser.looksLikeArticle(source) ? RecordKind.ARTICLE : null;
        if (as == null) {
            throw RecordException.ofFile(source.file(), "matches no known record format: an annex has an \"Index:\" "
                    + "line, an article a \"Posted in:\" line; to read a text without one as an article, use --kind article");
        }
        return as == RecordKind.ANNEX ? annex(source, sha256) : article(source, sha256);
    }

    private Checked annex(SourceText source, String sha256) {
        Annex annex = annexParser.parse(source);
        Model model = annexMapper.map(annex);
        ClassificationMapper.add(model.createResource(Iris.practice(baseUri, annex.index())), GP.inferredTopic,
                topics.classify(annex.title() + "\n" + String.join("\n", annex.topics()) + "\n"
                        + String.join("\n", annex.description()) + "\n" + String.join("\n", annex.evidence())));
        Model links = annex.location() == null ? ModelFactory.createDefaultModel() : gazetteerGraph.facts(annex.location());
        String graph = Iris.practiceGraph(baseUri, annex.index());
        addProvenanceAndValidate(source, sha256, model, links, graph);
        return new Checked(annex.index(), annex.title(), graph, model, annex.warnings());
    }

    private Checked article(SourceText source, String sha256) {
        Article article = articleParser.parse(source);
        ArticleFacts found = facts.extract(article);
        if (found.indicators().size() > AnnexParser.MAX_INDICATORS) {
            throw new RecordException(source.file(), 0, "Body", String.format(Locale.ROOT,
                    "states %,d numbers; a record is read with at most %d", found.indicators().size(),
                    AnnexParser.MAX_INDICATORS));
        }
        Model model = articleMapper.map(article, found);
        Model links = gazetteerGraph.facts(found.places().countries(), found.places().regions(), found.places().cities());
        String graph = Iris.articleGraph(baseUri, article.slug());
        addProvenanceAndValidate(source, sha256, model, links, graph);
        return new Checked(article.slug(), article.headline(), graph, model, List.of());
    }

    /** Adds the record's provenance, then validates all of it with the gazetteer facts it links to. */
    private void addProvenanceAndValidate(SourceText source, String sha256, Model model, Model links, String graph) {
        model.add(Provenance.of(baseUri, graph, source.file(), sha256, clock.instant()));
        List<Violation> violations = validator.validate(ModelFactory.createUnion(model, links));
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            String more = violations.size() == 1 ? "" : " (and " + (violations.size() - 1) + " more: "
                    + String.join("; ", violations.subList(1, violations.size()).stream().map(Violation::toString).toList()) + ")";
            throw new RecordException(source.file(), 0, first.field(), first.message() + more);
        }
    }
}

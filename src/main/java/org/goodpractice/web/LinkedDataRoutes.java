package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.goodpractice.catalog.PracticeView;
import org.goodpractice.linkeddata.DatasetDescription;
import org.goodpractice.linkeddata.RdfDocuments;
import org.goodpractice.linkeddata.RdfFormat;
import org.goodpractice.linkeddata.ResourceDescriptions;
import org.goodpractice.linkeddata.SchemaOrg;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.vocab.GP;
import org.goodpractice.web.Negotiation.Alternate;

/**
 * Dereferenceable IRIs: {@code GET {base}id/...} answers 303 See Other to the page or to a data
 * document chosen by {@code Accept}; data documents by suffix under {@code /data/}; the generic
 * page of resources without a page of their own; the ontology; the published JSON-LD context.
 * IRIs that were renamed ({@link MovedIris}) answer 301 Moved Permanently, as do their documents and pages.
 *
 * <pre>
 * LinkedDataRoutes routes = new LinkedDataRoutes(new ResourceDescriptions(store), new SchemaOrg(base),
 *         new ResourcePaths(base), pages);
 * Javalin.create(config -&gt; routes.register(config));
 * </pre>
 */
public final class LinkedDataRoutes {
    /** What a page puts in its head: links to its data documents and, for practices, schema.org JSON-LD. */
    public record Head(List<Alternate> alternates, String schemaOrg) {
    }

    /** A term of the ontology and its anchor on the ontology page. */
    public record Term(String anchor, ResourceView term) {
    }

    /** A fragment node of a named graph ({@code #import}) shown on the graph's page at its anchor. */
    public record Part(String anchor, ResourceView view) {
    }

    private final ResourceDescriptions descriptions;
    private final SchemaOrg schemaOrg;
    private final ResourcePaths paths;
    private final RdfDocuments documents;
    private final Pages pages;

    public LinkedDataRoutes(ResourceDescriptions descriptions, SchemaOrg schemaOrg, ResourcePaths paths, Pages pages) {
        this.descriptions = requireNonNull(descriptions, "descriptions");
        this.schemaOrg = requireNonNull(schemaOrg, "schemaOrg");
        this.paths = requireNonNull(paths, "paths");
        this.pages = requireNonNull(pages, "pages");
        this.documents = new RdfDocuments(paths.absolute(Paths.CONTEXT));
    }

    public void register(JavalinConfig config) {
        Negotiation.getAndHead(config, Paths.ID, ctx -> resource(ctx, ctx.pathParam("path")));
        Negotiation.getAndHead(config, Paths.GRAPH, ctx -> resource(ctx, "graph/" + ctx.pathParam("path")));
        Negotiation.getAndHead(config, Paths.DATA, this::data);
        Negotiation.getAndHead(config, Paths.PAGE, this::page);
        Negotiation.getAndHead(config, Paths.ONTOLOGY, ctx -> Negotiation.negotiate(ctx).ifPresent(choice -> {
            if (choice.html()) {
                ontologyPage(ctx);
            } else {
                Negotiation.send(ctx, choice.rdf(), documents.write(Ontology.vocabulary(), choice.rdf()));
            }
        }));
        for (RdfFormat format : RdfFormat.values()) {
            Negotiation.getAndHead(config, Paths.ONTOLOGY + "." + format.suffix(),
                    ctx -> Negotiation.send(ctx, format, documents.write(Ontology.vocabulary(), format)));
        }
        Negotiation.getAndHead(config, Paths.CONTEXT, ctx -> {
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.contentType("application/ld+json; charset=utf-8")
                    .result(RdfDocuments.context().toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The alternate links of the page about {@code iri}, for pages other than practices. */
    public Head head(String iri) {
        String path = paths.path(iri).orElseThrow(() -> new IllegalArgumentException("Not a minted IRI: " + iri));
        return new Head(alternates(path), null);
    }

    /** The head of the page of {@code practice}: alternate links and its schema.org JSON-LD. */
    public Head practiceHead(PracticeView practice) {
        String path = paths.path(practice.iri())
                .orElseThrow(() -> new IllegalArgumentException("Not a minted IRI: " + practice.iri()));
        return new Head(alternates(path), schemaOrg.practice(practice, paths.pageUrl(path)));
    }

    /** Adds the {@code Link} header of a page: its data documents as alternates. */
    static void link(Context ctx, Head head) {
        Negotiation.link(ctx, head.alternates(), "alternate");
    }

    private void resource(Context ctx, String path) {
        if (movedTo(ctx, path, moved -> paths.absolute("/id/" + moved))) {
            return;
        }
        if (!ResourcePaths.wellFormed(path) || !descriptions.exists(paths.iri(path))) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        Negotiation.negotiate(ctx).ifPresent(choice -> Negotiation.seeOther(ctx,
                choice.html() ? paths.pageUrl(path) : paths.dataUrl(path, choice.rdf()), f -> paths.dataUrl(path, f)));
    }

    private void data(Context ctx) {
        String file = ctx.pathParam("path");
        int dot = file.lastIndexOf('.');
        Optional<RdfFormat> format = dot > file.lastIndexOf('/') ? RdfFormat.bySuffix(file.substring(dot + 1)) : Optional.empty();
        if (format.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        String path = file.substring(0, dot);
        if (movedTo(ctx, path, moved -> paths.dataUrl(moved, format.get()))) {
            return;
        }
        String iri = paths.iri(path);
        describe(path).ifPresentOrElse(model -> {
            String document = paths.dataUrl(path, format.get());
            model.createResource(document)
                    .addProperty(RDF.type, FOAF.Document)
                    .addProperty(FOAF.primaryTopic, model.createResource(iri))
                    .addProperty(DCTerms.license, model.createResource(DatasetDescription.LICENSE))
                    .addProperty(VOID.inDataset, model.createResource(DatasetDescription.datasetIri(paths.base())));
            Negotiation.link(ctx, List.of(new Alternate("HTML", Negotiation.HTML, paths.pageUrl(path))), "alternate");
            Negotiation.link(ctx, alternates(path).stream().filter(a -> !a.href().equals(document)).toList(), "alternate");
            Negotiation.send(ctx, format.get(), documents.write(model, format.get()));
        }, () -> ctx.status(HttpStatus.NOT_FOUND));
    }

    private void page(Context ctx) {
        String path = ctx.pathParam("path");
        if (movedTo(ctx, path, paths::pageUrl)) {
            return;
        }
        String iri = paths.iri(path);
        describe(path).ifPresentOrElse(model -> {
            ResourceView view = ResourceView.of(model, iri, paths::href);
            List<Part> parts = model.listSubjects().filterKeep(s -> s.isURIResource() && s.getURI().startsWith(iri + "#"))
                    .mapWith(Resource::getURI).toList().stream().sorted()
                    .map(part -> new Part(part.substring(iri.length() + 1), ResourceView.of(model, part, paths::href)))
                    .toList();
            List<Alternate> alternates = alternates(path);
            Negotiation.link(ctx, alternates, "alternate");
            ctx.html(pages.render("resource", Map.of("title", view.label(), "resource", view, "parts", parts,
                    "metaDescription", "What the good-practice repository says about " + view.label() + ", with links to its data.",
                    "alternates", alternates)));
        }, () -> ctx.status(HttpStatus.NOT_FOUND));
    }

    /** Answers 301 to {@code url} of the renamed path when {@code path} was renamed; true if it did. */
    private static boolean movedTo(Context ctx, String path, Function<String, String> url) {
        Optional<String> moved = MovedIris.renamed(path);
        moved.ifPresent(p -> ctx.redirect(url.apply(p), HttpStatus.MOVED_PERMANENTLY));
        return moved.isPresent();
    }

    private Optional<Model> describe(String path) {
        if (!ResourcePaths.wellFormed(path)) {
            return Optional.empty();
        }
        String iri = paths.iri(path);
        return ResourcePaths.isGraph(path) ? descriptions.describeGraph(iri) : descriptions.describe(iri);
    }

    private void ontologyPage(Context ctx) {
        Model vocabulary = Ontology.vocabulary();
        ResourceView ontology = ResourceView.of(vocabulary, GP.ONTOLOGY.getURI(), this::ontologyHref);
        List<Term> terms = vocabulary.listSubjects()
                .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(GP.NS))
                .mapWith(Resource::getURI).toList().stream().sorted(Comparator.comparing(String::toLowerCase))
                .map(iri -> new Term(iri.substring(GP.NS.length()), ResourceView.of(vocabulary, iri, this::ontologyHref)))
                .toList();
        List<Alternate> alternates = Negotiation.alternates(f -> paths.absolute(Paths.ONTOLOGY + "." + f.suffix()));
        Negotiation.link(ctx, alternates, "alternate");
        ctx.html(pages.render("ontology", Map.of("title", ontology.label(), "ontology", ontology, "terms", terms,
                "metaDescription", "The good-practice ontology: the classes and properties the repository's data uses.",
                "namespace", GP.NS, "alternates", alternates)));
    }

    /** The ontology and its terms link to their place on the ontology page. */
    private String ontologyHref(String iri) {
        if (iri.equals(GP.ONTOLOGY.getURI())) {
            return "#main";
        }
        return iri.startsWith(GP.NS) ? "#" + iri.substring(GP.NS.length()) : paths.href(iri);
    }

    private List<Alternate> alternates(String path) {
        return Negotiation.alternates(format -> paths.dataUrl(path, format));
    }
}

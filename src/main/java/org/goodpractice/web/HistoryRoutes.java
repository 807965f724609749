package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.goodpractice.Lazy;
import org.goodpractice.catalog.PracticeCatalog;
import org.goodpractice.curation.Account;
import org.goodpractice.curation.Role;
import org.goodpractice.history.FieldDiff;
import org.goodpractice.history.History;
import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.Iris;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.vocab.PROV;
import org.goodpractice.vocab.Prefixes;
import org.goodpractice.web.curation.Visitor;

/**
 * The history pages of a practice: its versions newest first, each version's page as it was, what
 * each version changed field by field, and each version's IRI as PROV in RDF. Identifiers and
 * version numbers from the URL are checked before they become IRIs; anything else is 404.
 *
 * <pre>
 * new HistoryRoutes(history, importer, catalog, practicePage, pages, "http://localhost:8080/").register(config, true);
 * </pre>
 */
public final class HistoryRoutes {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,199}");
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    private final History history;
    private final Importer importer;
    private final PracticeCatalog catalog;
    private final PracticePage practicePage;
    private final Pages pages;
    private final String baseUri;
    /** Parsed when a history page first needs a property's label, not at start. */
    private final Lazy<Model> labels;

    /**
     * @param importer what a revert writes with, so that the gazetteer, links and listeners follow as after an import
     */
    public HistoryRoutes(History history, Importer importer, PracticeCatalog catalog, PracticePage practicePage, Pages pages,
                         String baseUri) {
        this.history = requireNonNull(history, "history");
        this.importer = requireNonNull(importer, "importer");
        this.catalog = requireNonNull(catalog, "catalog");
        this.practicePage = requireNonNull(practicePage, "practicePage").linkHistory();
        this.pages = requireNonNull(pages, "pages");
        this.baseUri = requireNonNull(baseUri, "baseUri");
        this.labels = Lazy.of(() -> Ontology.load(baseUri));
    }

    /**
     * Registers the routes; before the generic {@code /id/} redirects, so that version IRIs answer
     * here. With {@code accounts} (the curation guards check sign-in and CSRF), admins may revert.
     */
    public void register(JavalinConfig config, boolean accounts) {
        if (accounts) {
            config.routes.post(Paths.REVERT, this::revert);
        }
        Negotiation.getAndHead(config, Paths.HISTORY, this::versions);
        Negotiation.getAndHead(config, Paths.VERSION, this::version);
        Negotiation.getAndHead(config, Paths.DIFF, this::diff);
        Negotiation.getAndHead(config, Paths.VERSION_ID, this::versionIri);
    }

    private void versions(Context ctx) {
        Optional<String> id = id(ctx);
        List<History.Version> versions = id.map(i -> history.versions(Iris.practice(baseUri, i))).orElse(List.of());
        if (versions.isEmpty()) {
            ctx.status(404);
            return;
        }
        Visitor visitor = Visitor.of(ctx);
        boolean admin = visitor.signedIn() && visitor.account().role().atLeast(Role.ADMIN);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (History.Version v : versions) {
            Map<String, Object> row = new HashMap<>(Map.of("number", v.number(), "when", v.change().when().toString(),
                    "who", v.change().who(), "why", v.change().why(), "href", Paths.version(id.get(), v.number()),
                    "diffHref", Paths.diff(id.get(), v.number()),
                    "iri", History.versionIri(Iris.practice(baseUri, id.get()), v.number())));
            if (admin && v.number() != versions.get(0).number()) {
                row.put("revertHref", Paths.revert(id.get(), v.number()));
            }
            rows.add(row);
        }
        String title = catalog.practice(id.get()).map(p -> p.title()).orElse(id.get());
        Map<String, Object> model = new HashMap<>(Map.of("title", "History of " + title, "heading", title,
                "practiceHref", Paths.practice(id.get()), "rows", rows));
        if (admin) {
            model.put("csrf", visitor.csrf());
        }
        ctx.html(pages.render("history", model));
    }

    /**
     * Writes version n back as the current record graph, with what derives from it (gazetteer,
     * links; search and pages follow the store), itself kept as a new version attributed to the admin.
     */
    private void revert(Context ctx) {
        Account admin = Visitor.requireRole(ctx, Role.ADMIN);
        Optional<String> id = id(ctx);
        Optional<Integer> n = number(ctx);
        String record = id.map(i -> Iris.practice(baseUri, i)).orElse(null);
        Optional<History.Version> version = record == null || n.isEmpty() ? Optional.empty()
                : history.versions(record).stream().filter(v -> v.number() == n.get()).findFirst();
        Optional<Model> content = version.flatMap(v -> history.content(record, v.number()));
        if (content.isEmpty()) {
            ctx.status(404);
            return;
        }
        importer.restore(version.get().graph(), content.get());
        history.record(record, version.get().graph(), content.get(),
                new History.Change(admin.name(), "revert to version " + n.get(), Instant.now()));
        ctx.redirect(Paths.history(id.get()), HttpStatus.SEE_OTHER);
    }

    private void version(Context ctx) {
        Optional<String> id = id(ctx);
        Optional<Integer> n = number(ctx);
        Optional<Map<String, Object>> model = id.isEmpty() || n.isEmpty() ? Optional.empty()
                : history.content(Iris.practice(baseUri, id.get()), n.get())
                        .flatMap(graph -> catalog.practice(id.get(), graph))
                        .map(p -> practicePage.pastVersion(p, n.get()));
        model.ifPresentOrElse(m -> ctx.html(pages.render("practice", m)), () -> ctx.status(404));
    }

    private void diff(Context ctx) {
        Optional<String> id = id(ctx);
        Optional<Integer> n = number(ctx);
        String record = id.map(i -> Iris.practice(baseUri, i)).orElse(null);
        Optional<Model> after = record == null || n.isEmpty() ? Optional.empty() : history.content(record, n.get());
        if (after.isEmpty()) {
            ctx.status(404);
            return;
        }
        Model before = n.get() > 1 ? history.content(record, n.get() - 1).orElseGet(ModelFactory::createDefaultModel)
                : ModelFactory.createDefaultModel();
        List<FieldDiff.Field> fields = FieldDiff.between(before, after.get(), record, this::label);
        ctx.html(pages.render("practice-diff", Map.of("title", "Version " + n.get() + " of " + id.get() + ": what changed",
                "id", id.get(), "number", n.get(), "previous", n.get() - 1, "fields", fields,
                "historyHref", Paths.history(id.get()), "versionHref", Paths.version(id.get(), n.get()),
                "previousHref", n.get() > 1 ? Paths.version(id.get(), n.get() - 1) : "")));
    }

    private void versionIri(Context ctx) {
        Optional<String> id = id(ctx);
        Optional<Integer> n = number(ctx);
        Optional<Model> description = id.isEmpty() || n.isEmpty() ? Optional.empty()
                : history.description(Iris.practice(baseUri, id.get()), n.get());
        if (description.isEmpty()) {
            ctx.status(404);
            return;
        }
        Negotiation.negotiate(ctx).ifPresent(choice -> {
            if (choice.html()) {
                Negotiation.seeOther(ctx, Paths.version(id.get(), n.get()), null);
                return;
            }
            Model model = description.get();
            model.setNsPrefixes(Prefixes.COMMON).setNsPrefix("prov", PROV.NS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, model, choice.rdf().lang());
            Negotiation.send(ctx, choice.rdf(), out.toByteArray());
        });
    }

    private String label(Property p) {
        var label = labels.get().getResource(p.getURI()).getProperty(RDFS.label);
        return label != null ? label.getString() : p.getLocalName();
    }

    private static Optional<String> id(Context ctx) {
        String id = ctx.pathParam("id");
        return ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    private static Optional<Integer> number(Context ctx) {
        String n = ctx.pathParam("n");
        return NUMBER.matcher(n).matches() ? Optional.of(Integer.parseInt(n)) : Optional.empty();
    }
}

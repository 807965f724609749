package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import org.goodpractice.linkeddata.ContentVersion;
import org.goodpractice.linkeddata.DatasetDescription;
import org.goodpractice.linkeddata.DatasetDescription.Figures;
import org.goodpractice.linkeddata.Dumps;
import org.goodpractice.linkeddata.RdfDocuments;
import org.goodpractice.linkeddata.RdfFormat;
import org.goodpractice.linkeddata.ResourceDescriptions;
import org.goodpractice.sparql.EndpointLimits;

/**
 * The dataset as a whole: its VoID/DCAT description ({@code /dataset}, also found through
 * {@code /.well-known/void}), the service description of {@code /sparql}, cached full dumps with
 * ETag and Last-Modified, {@code sitemap.xml} and {@code robots.txt}.
 *
 * <pre>
 * DatasetRoutes routes = new DatasetRoutes(description, dumps, descriptions, version, paths, limits, pages);
 * Javalin.create(config -&gt; routes.register(config));
 * </pre>
 */
public final class DatasetRoutes {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** A class of the dataset as the page lists it. */
    public record ClassRow(String name, String iri, long entities) {
    }

    private final DatasetDescription description;
    private final Dumps dumps;
    private final ResourcePaths paths;
    private final EndpointLimits limits;
    private final Pages pages;
    private final RdfDocuments documents;
    private final Supplier<Figures> figures;
    private final Supplier<String> sitemap;

    public DatasetRoutes(DatasetDescription description, Dumps dumps, ResourceDescriptions resources,
            ContentVersion version, ResourcePaths paths, EndpointLimits limits, Pages pages) {
        this.description = requireNonNull(description, "description");
        this.dumps = requireNonNull(dumps, "dumps");
        this.paths = requireNonNull(paths, "paths");
        this.limits = requireNonNull(limits, "limits");
        this.pages = requireNonNull(pages, "pages");
        requireNonNull(resources, "resources");
        this.documents = new RdfDocuments(paths.absolute(Paths.CONTEXT));
        this.figures = requireNonNull(version, "version").cache(description::figures);
        this.sitemap = version.cache(() -> Sitemap.xml(paths, resources.under(paths.base() + "id/"), resources.titledRecords()));
    }

    public void register(JavalinConfig config) {
        Negotiation.getAndHead(config, Paths.DATASET, ctx -> Negotiation.negotiate(ctx).ifPresent(choice -> {
            if (choice.html()) {
                datasetPage(ctx);
            } else {
                Negotiation.send(ctx, choice.rdf(), documents.write(description.dataset(figures.get()), choice.rdf()));
            }
        }));
        for (RdfFormat format : RdfFormat.values()) {
            Negotiation.getAndHead(config, Paths.DATASET + "." + format.suffix(),
                    ctx -> Negotiation.send(ctx, format, documents.write(description.dataset(figures.get()), format)));
        }
        Negotiation.getAndHead(config, Paths.WELL_KNOWN_VOID, ctx -> Negotiation.negotiate(ctx).ifPresent(choice -> Negotiation.seeOther(
                ctx, paths.absolute(choice.html() ? Paths.DATASET : Paths.DATASET + "." + choice.rdf().suffix()),
                format -> paths.absolute(Paths.DATASET + "." + format.suffix()))));
        Negotiation.getAndHead(config, Paths.SPARQL, ctx -> Negotiation.negotiate(ctx).ifPresent(choice -> {
            // The Service Description Recommendation wants RDF for a client that states no preference.
            String accept = ctx.header("Accept");
            if (accept == null || accept.isBlank() || accept.strip().equals("*/*")) {
                Negotiation.send(ctx, RdfFormat.TURTLE, documents.write(description.service(figures.get()), RdfFormat.TURTLE));
            } else if (choice.html()) {
                ctx.redirect(paths.absolute(Paths.DATASET) + "#sparql", HttpStatus.SEE_OTHER);
            } else {
                Negotiation.send(ctx, choice.rdf(), documents.write(description.service(figures.get()), choice.rdf()));
            }
        }));
        Negotiation.getAndHead(config, Paths.DUMPS, this::dump);
        Negotiation.getAndHead(config, Paths.SITEMAP, ctx -> ctx.contentType("application/xml; charset=utf-8").result(sitemap.get()));
        Negotiation.getAndHead(config, Paths.ROBOTS, ctx -> ctx.contentType("text/plain; charset=utf-8").result(
                "User-agent: *\nDisallow: " + Paths.SPARQL + "\nDisallow: " + Paths.ADMIN + "/\n"
                        + "Disallow: " + Paths.LOGIN + "\nDisallow: " + Paths.USERS + "\n"
                        + "Sitemap: " + paths.absolute(Paths.SITEMAP) + "\n"));
    }

    private void datasetPage(Context ctx) {
        Figures f = figures.get();
        List<ClassRow> classes = f.classes().stream()
                .map(c -> new ClassRow(ResourceView.shortName(c.iri()), c.iri(), c.entities())).toList();
        List<ResourceView.Value> examples = f.examples().stream()
                .map(iri -> new ResourceView.Value(iri, paths.href(iri), null)).toList();
        List<Negotiation.Alternate> alternates = Negotiation.alternates(format -> paths.absolute(Paths.DATASET + "." + format.suffix()));
        Negotiation.link(ctx, alternates, "alternate");
        ctx.html(pages.render("dataset", Map.ofEntries(
                Map.entry("title", DatasetDescription.TITLE + ": the dataset"),
                Map.entry("description", DatasetDescription.DESCRIPTION),
                Map.entry("metaDescription", DatasetDescription.DESCRIPTION),
                Map.entry("license", DatasetDescription.LICENSE),
                Map.entry("figures", f),
                Map.entry("classes", classes),
                Map.entry("examples", examples),
                Map.entry("dumps", List.of(Dumps.Kind.values())),
                Map.entry("endpoint", paths.absolute(Paths.SPARQL)),
                Map.entry("limits", limits),
                Map.entry("timeoutSeconds", limits.queryTimeout().toSeconds()),
                Map.entry("alternates", alternates))));
    }

    /**
     * A dump is sent as its RDF media type so that RDF clients can read it by URL; the {@code .gz}
     * file always with {@code Content-Encoding: gzip}, the plain one gzipped only to clients that
     * accept it. Either way the bytes are streamed from the dump's file.
     */
    private void dump(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        Dumps.Kind kind = Dumps.Kind.byFile(file).orElse(null);
        if (kind == null) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        Dumps.Dump dump = dumps.get(kind);
        boolean gzipFile = file.equals(kind.file());
        boolean gzip = gzipFile || acceptsGzip(ctx.header("Accept-Encoding"));
        // The uncompressed representation is other bytes, so it has its own strong ETag.
        String etag = gzip ? dump.etag() : dump.etag().substring(0, dump.etag().length() - 1) + "-plain\"";
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", HTTP_DATE.format(dump.generated()));
        ctx.header("Access-Control-Allow-Origin", "*");
        if (!gzipFile) {
            ctx.header("Vary", "Accept-Encoding");
        }
        if (notModified(ctx, etag, dump)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(kind.mediaType() + (kind.mediaType().startsWith("text/") ? "; charset=utf-8" : ""));
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
            ctx.header("Content-Length", Long.toString(dump.length()));
        }
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        ctx.result(dump.open(gzip));
    }

    /** Whether an Accept-Encoding header allows gzip (q=0 refuses it). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        return Stream.of(acceptEncoding.split(",")).map(String::trim).anyMatch(coding -> {
            String[] parts = coding.split(";");
            String name = parts[0].trim();
            boolean refused = Stream.of(parts).skip(1).map(String::trim).anyMatch(p -> p.replace(" ", "").matches("q=0(\\.0*)?"));
            return (name.equalsIgnoreCase("gzip") || name.equals("*")) && !refused;
        });
    }

    /** RFC 9110 section 13.2.2: If-None-Match decides when present, else If-Modified-Since. */
    private static boolean notModified(Context ctx, String etag, Dumps.Dump dump) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            // Weak comparison, as RFC 9110 asks for If-None-Match.
            return Stream.of(ifNoneMatch.split(",")).map(String::trim)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
        }
        String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            return !dump.generated().isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince)));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

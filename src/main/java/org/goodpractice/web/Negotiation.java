package org.goodpractice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import org.goodpractice.linkeddata.Conneg;
import org.goodpractice.linkeddata.RdfFormat;

/**
 * Picks HTML or an RDF format for a request by its {@code Accept} header, marks the response
 * {@code Vary: Accept}, and answers 406 itself when the client accepts none of them.
 */
final class Negotiation {
    static final String HTML = "text/html";
    /**
     * Other names clients use for a format: rdflib asks for N-Triples as {@code text/plain}, and
     * plain JSON clients get JSON-LD. Offered after the registered types, which win ties.
     */
    private static final Map<String, RdfFormat> ALIASES = Map.of(
            "text/plain", RdfFormat.NTRIPLES, "application/json", RdfFormat.JSONLD);
    private static final List<String> OFFERS = Stream.of(Stream.of(HTML),
            Stream.of(RdfFormat.values()).map(RdfFormat::mediaType), Stream.of("application/json", "text/plain"))
            .flatMap(s -> s).toList();

    /** What the client gets: HTML when {@code rdf} is null, else that RDF format. */
    record Choice(RdfFormat rdf) {
        boolean html() {
            return rdf == null;
        }
    }

    /** A data document a page links to with {@code <link rel="alternate">}. */
    record Alternate(String label, String type, String href) {
    }

    private Negotiation() {
    }

    static Optional<Choice> negotiate(Context ctx) {
        ctx.header("Vary", "Accept");
        Optional<String> chosen = Conneg.choose(ctx.header("Accept"), OFFERS);
        if (chosen.isEmpty()) {
            ctx.status(HttpStatus.NOT_ACCEPTABLE).contentType("text/plain; charset=utf-8")
                    .result("None of the offered types is acceptable: " + String.join(", ", OFFERS) + "\n");
            return Optional.empty();
        }
        String type = chosen.get();
        return Optional.of(new Choice(ALIASES.containsKey(type) ? ALIASES.get(type) : RdfFormat.byMediaType(type).orElse(null)));
    }

    /**
     * Answers 303 See Other to {@code location}, readable cross-origin so that browser clients
     * can follow it, with a {@code Link: rel="describedby"} to each data document {@code documents}
     * gives (none when null).
     */
    static void seeOther(Context ctx, String location, Function<RdfFormat, String> documents) {
        ctx.header("Access-Control-Allow-Origin", "*");
        if (documents != null) {
            link(ctx, alternates(documents), "describedby");
        }
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }

    /** Adds a {@code Link} header (RFC 8288) with relation {@code rel} to each of {@code targets}. */
    static void link(Context ctx, List<Alternate> targets, String rel) {
        List<String> values = new ArrayList<>();
        for (Alternate target : targets) {
            values.add("<" + target.href() + ">; rel=\"" + rel + "\"; type=\"" + target.type() + "\"");
        }
        String previous = ctx.res().getHeader("Link");
        String value = String.join(", ", values);
        ctx.header("Link", previous == null ? value : previous + ", " + value);
    }

    /** One alternate per RDF format, at the URL {@code href} gives for it. */
    static List<Alternate> alternates(Function<RdfFormat, String> href) {
        List<Alternate> alternates = new ArrayList<>();
        for (RdfFormat format : RdfFormat.values()) {
            alternates.add(new Alternate(format.label(), format.mediaType(), href.apply(format)));
        }
        return alternates;
    }

    /** Registers {@code handler} for GET and HEAD, so HEAD gives the same status and headers (303, ETag) as GET. */
    static void getAndHead(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    /** Sends an RDF document. Data is open: any origin may read it. */
    static void send(Context ctx, RdfFormat format, byte[] document) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.contentType(format.contentType()).result(document);
    }
}

package org.goodpractice.web;

import java.util.ArrayList;
import java.util.List;
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
    private static final List<String> OFFERS = Stream.concat(Stream.of(HTML),
            Stream.of(RdfFormat.values()).map(RdfFormat::mediaType)).toList();

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
        return Optional.of(new Choice(RdfFormat.byMediaType(chosen.get()).orElse(null)));
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

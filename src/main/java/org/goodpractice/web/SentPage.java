package org.goodpractice.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import io.javalin.http.Context;
import org.goodpractice.web.Negotiation.Alternate;

/**
 * A rendered practice page with the alternates its {@code Link} header names, as the page cache
 * keeps it: gzipped, a quarter of the HTML, so that four times as many pages fit in the same
 * memory, and sent as it is to every client that accepts gzip (browsers do). A page rendered for
 * this request holds its HTML as well, sent as it is to other clients, not read back.
 *
 * <pre>
 * SentPage page = SentPage.compressed(alternates, html);
 * cache.put(id, page.kept());
 * page.send(ctx);
 * </pre>
 */
final class SentPage {
    private static final int OVERHEAD = 64;

    private final List<Alternate> alternates;
    private final String html;
    private final byte[] gzip;

    private SentPage(List<Alternate> alternates, String html, byte[] gzip) {
        this.alternates = List.copyOf(requireNonNull(alternates, "alternates"));
        this.html = html;
        this.gzip = gzip;
    }

    /** The page as this request rendered it. */
    static SentPage rendered(List<Alternate> alternates, String html) {
        return new SentPage(alternates, requireNonNull(html, "html"), null);
    }

    /** The page rendered for this request, and gzipped: {@link #kept} is how the cache keeps it. */
    static SentPage compressed(List<Alternate> alternates, String html) {
        // The fastest level: a page is compressed at its first view, which should stay cheap; it
        // gives 3.9 KB where the default level gives 3.5 for a 14 KB page.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(html.length() / 3);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            out.write(html.getBytes(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compress a page in memory", e);
        }
        return new SentPage(alternates, html, bytes.toByteArray());
    }

    /** The page as the cache keeps it: gzipped only. */
    SentPage kept() {
        return gzip == null ? this : new SentPage(alternates, null, gzip);
    }

    /** The heap the page takes, for the page cache's weigher. */
    int weight() {
        return OVERHEAD + ModelWeight.of(alternates) + (gzip != null ? gzip.length : ModelWeight.of(html));
    }

    /** The HTML of the page. */
    String html() {
        if (html != null) {
            return html;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back a page compressed in memory", e);
        }
    }

    /** Answers {@code ctx} with the page: gzipped as kept when the client accepts it, otherwise as HTML. */
    void send(Context ctx) {
        Negotiation.link(ctx, alternates, "alternate");
        ctx.header("Vary", "Accept-Encoding");
        if (gzip != null && acceptsGzip(ctx.header("Accept-Encoding"))) {
            // Javalin compresses no response that already has a Content-Encoding.
            ctx.header("Content-Encoding", "gzip");
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(gzip);
        } else {
            ctx.html(html());
        }
    }

    /** Whether an {@code Accept-Encoding} header accepts gzip (RFC 9110, section 12.5.3): named, or "*", without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean any = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip")) {
                return !refused(parts);
            }
            if (name.equals("*")) {
                any = !refused(parts);
            }
        }
        return any != null && any;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).strip()) == 0;
                } catch (NumberFormatException e) {
                    // An unreadable weight is ignored, as if the coding were named without one.
                    return false;
                }
            }
        }
        return false;
    }
}

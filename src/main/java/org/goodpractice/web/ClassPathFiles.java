package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.eclipse.jetty.http.MimeTypes;

/**
 * Files of the application served from the class path under a URL prefix: the site's scripts and styles
 * ({@code public/} at {@link Paths#STATIC}) and the web jars it uses ({@code META-INF/resources/webjars/} at
 * {@link Paths#WEBJARS}). Each file is read on its first request and kept, with a strong {@code ETag} of its
 * bytes. Javalin's own static-file handler mounts the whole jar (47,000 entries) as a file system when the app
 * is made, which took two of the five seconds a restart may take.
 *
 * <pre>
 * new ClassPathFiles("/public", "max-age=0").register(config, Paths.STATIC);
 * </pre>
 */
final class ClassPathFiles {
    /** Names of files: no empty segment, none starting with a dot (so neither "." nor ".."), no backslash. */
    private static final Pattern FILE = Pattern.compile("([A-Za-z0-9_@~+-][A-Za-z0-9._@~+-]*/)*[A-Za-z0-9_@~+-][A-Za-z0-9._@~+-]*\\.[A-Za-z0-9]+");

    private record File(byte[] bytes, String type, String etag) {
    }

    private final String root;
    private final String cacheControl;
    private final Map<String, File> read = new ConcurrentHashMap<>();

    /** Files under {@code root} on the class path, sent with {@code cacheControl}. */
    ClassPathFiles(String root, String cacheControl) {
        this.root = requireNonNull(root, "root");
        this.cacheControl = requireNonNull(cacheControl, "cacheControl");
    }

    /** Answers GET and HEAD of {@code prefix/<file>}. */
    void register(JavalinConfig config, String prefix) {
        Negotiation.getAndHead(config, prefix + "/<file>", ctx -> send(ctx, ctx.pathParam("file")));
    }

    /** Sends file {@code name} (relative to the root), 304 when the client has it, 404 when there is none. */
    void send(Context ctx, String name) {
        Optional<File> file = FILE.matcher(name).matches() ? file(name) : Optional.empty();
        if (file.isEmpty()) {
            ctx.status(404);
            return;
        }
        ctx.header("Cache-Control", cacheControl);
        ctx.header("ETag", file.get().etag());
        if (file.get().etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(file.get().type()).result(file.get().bytes());
    }

    /** Only files found are kept, so requests for names that do not exist cannot fill the map. */
    private Optional<File> file(String name) {
        File kept = read.get(name);
        if (kept != null) {
            return Optional.of(kept);
        }
        try (InputStream in = ClassPathFiles.class.getResourceAsStream(root + "/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            File file = new File(bytes, type(name), "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 16) + "\"");
            read.put(name, file);
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root + "/" + name + " from the class path", e);
        }
    }

    private static String type(String name) {
        String type = MimeTypes.DEFAULTS.getMimeByExtension(name);
        if (type == null) {
            return "application/octet-stream";
        }
        boolean text = type.startsWith("text/") || type.endsWith("javascript") || type.endsWith("+xml") || type.endsWith("json");
        return text && !type.contains("charset") ? type + ";charset=utf-8" : type;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}

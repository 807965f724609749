package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where a remote SPARQL store answers: its query, update and Graph Store Protocol URLs, and the
 * HTTP credentials it wants, if any, and its {@link Engine}. {@link #fuseki(String)} lays the URLs out as Fuseki
 * does ({@code URL/sparql}, {@code URL/update}, {@code URL/data}); each can be set apart for
 * other engines. The password never appears in {@link #toString()} or in any message.
 *
 * <pre>
 * RemoteEndpoints at = RemoteEndpoints.fuseki("http://localhost:3030/ds").credentials(Path.of("store-credentials"));
 * </pre>
 */
public record RemoteEndpoints(String queryUrl, String updateUrl, String gspUrl, String user, String password, Engine engine) {
    public RemoteEndpoints {
        requireNonNull(queryUrl, "queryUrl");
        requireNonNull(updateUrl, "updateUrl");
        requireNonNull(gspUrl, "gspUrl");
        requireNonNull(engine, "engine");
        for (String url : List.of(queryUrl, updateUrl, gspUrl)) {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getUserInfo() != null) {
                throw new IllegalArgumentException("A store URL must be http(s) without user name or password in it "
                        + "(use --store-credentials): " + uri.getScheme() + "://" + uri.getHost() + uri.getPath());
            }
        }
    }

    /** Endpoints of a Jena engine (Fuseki). */
    public RemoteEndpoints(String queryUrl, String updateUrl, String gspUrl, String user, String password) {
        this(queryUrl, updateUrl, gspUrl, user, password, Engine.JENA);
    }

    /** The endpoints of a Fuseki dataset at {@code datasetUrl}, without credentials. */
    public static RemoteEndpoints fuseki(String datasetUrl) {
        requireNonNull(datasetUrl, "datasetUrl");
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        return new RemoteEndpoints(base + "/sparql", base + "/update", base + "/data", null, null);
    }

    public RemoteEndpoints withQueryUrl(String url) {
        return new RemoteEndpoints(url, updateUrl, gspUrl, user, password, engine);
    }

    public RemoteEndpoints withUpdateUrl(String url) {
        return new RemoteEndpoints(queryUrl, url, gspUrl, user, password, engine);
    }

    public RemoteEndpoints withGspUrl(String url) {
        return new RemoteEndpoints(queryUrl, updateUrl, url, user, password, engine);
    }

    /** The same URLs, spoken to as {@code engine} speaks (see {@link Engine}). */
    public RemoteEndpoints withEngine(Engine engine) {
        return new RemoteEndpoints(queryUrl, updateUrl, gspUrl, user, password, engine);
    }

    /**
     * The same endpoints with HTTP credentials, for basic or digest challenges as the service asks:
     * {@code user:password} on the first line of {@code file}.
     */
    public RemoteEndpoints credentials(Path file) {
        requireNonNull(file, "file");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the store credentials file " + file + ": " + e.getMessage(), e);
        }
        String line = lines.isEmpty() ? "" : lines.get(0).strip();
        int colon = line.indexOf(':');
        if (colon < 1 || colon == line.length() - 1) {
            throw new IllegalArgumentException("The store credentials file " + file
                    + " must hold user:password on its first line");
        }
        return new RemoteEndpoints(queryUrl, updateUrl, gspUrl, line.substring(0, colon), line.substring(colon + 1), engine);
    }

    /**
     * An HTTP client for the store that answers its basic (Fuseki) or digest (Virtuoso's
     * {@code /sparql-auth}) challenges with the credentials, if any ({@link ChallengeAuthClient}).
     */
    HttpClient httpClient() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return user == null ? http : new ChallengeAuthClient(http, user, password);
    }

    @Override
    public String toString() {
        return queryUrl + (user == null ? "" : " (as " + user + ")");
    }
}

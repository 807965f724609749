package org.goodpractice.store;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.http.auth.AuthChallenge;

/**
 * An HTTP client that answers a 401 challenge, basic or digest (RFC 7616, MD5, {@code qop=auth}),
 * with its own credentials and sends the request again once. The JDK's authenticator knows only
 * basic, and Jena's digest support keeps credentials in one registry per process, keyed by URL;
 * here they belong to the client, so stores with different credentials can share a process.
 */
final class ChallengeAuthClient extends HttpClient {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http;
    private final String user;
    private final String password;

    ChallengeAuthClient(HttpClient http, String user, String password) {
        this.http = http;
        this.user = user;
        this.password = password;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<T> response = http.send(request, handler);
        Optional<HttpRequest> again = answer(request, response);
        return again.isPresent() ? http.send(again.get(), handler) : response;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return http.sendAsync(request, handler).thenCompose(response -> answer(request, response)
                .map(again -> http.sendAsync(again, handler)).orElse(CompletableFuture.completedFuture(response)));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
    }

    /** The request with an Authorization header for the response's challenge, or empty when there is none to answer. */
    private Optional<HttpRequest> answer(HttpRequest request, HttpResponse<?> response) {
        if (response.statusCode() != 401 || request.headers().firstValue("Authorization").isPresent()) {
            return Optional.empty();
        }
        for (String header : response.headers().allValues("WWW-Authenticate")) {
            AuthChallenge challenge = AuthChallenge.parse(header);
            if (challenge == null) {
                continue;
            }
            if (challenge.authScheme == AuthScheme.BASIC) {
                return Optional.of(withAuthorization(request, "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
            }
            if (challenge.authScheme == AuthScheme.DIGEST) {
                return Optional.of(withAuthorization(request, digest(challenge, request.method(), request.uri())));
            }
        }
        return Optional.empty();
    }

    private String digest(AuthChallenge challenge, String method, URI uri) {
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String ha1 = md5(user + ":" + challenge.realm + ":" + password);
        String ha2 = md5(method + ":" + path);
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String cnonce = HexFormat.of().formatHex(bytes);
        boolean qop = challenge.qop != null;
        String response = qop ? md5(ha1 + ":" + challenge.nonce + ":00000001:" + cnonce + ":auth:" + ha2)
                : md5(ha1 + ":" + challenge.nonce + ":" + ha2);
        return "Digest username=\"" + user + "\", realm=\"" + challenge.realm + "\", nonce=\"" + challenge.nonce
                + "\", uri=\"" + path + "\", response=\"" + response + "\""
                + (qop ? ", qop=auth, nc=00000001, cnonce=\"" + cnonce + "\"" : "")
                + (challenge.opaque == null ? "" : ", opaque=\"" + challenge.opaque + "\"") + ", algorithm=MD5";
    }

    private static HttpRequest withAuthorization(HttpRequest request, String authorization) {
        return HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", authorization).build();
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no MD5, which digest authentication needs", e);
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return http.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return http.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return http.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return http.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return http.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return http.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.empty();
    }

    @Override
    public Version version() {
        return http.version();
    }

    @Override
    public Optional<Executor> executor() {
        return http.executor();
    }
}

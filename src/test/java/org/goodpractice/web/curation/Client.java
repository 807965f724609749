package org.goodpractice.web.curation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.goodpractice.TestServer;

/**
 * A visitor with one cookie jar of one cookie (the session), as a browser keeps it: tests read
 * and plant the cookie by hand to play an attacker.
 */
final class Client {
    private static final Pattern SESSION = Pattern.compile(SessionCookie.NAME + "=([^;]*)");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final TestServer site;
    String cookie;
    String csrf;

    Client(TestServer site) {
        this.site = site;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return remember(send(request(path).GET()));
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return remember(send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /**
     * Opens the login form and sends it; the response is the one to the POST. A signed-in visitor
     * then opens the home page, as a browser follows the redirect, and so holds the new session's token.
     */
    HttpResponse<String> login(String name, String password) throws IOException, InterruptedException {
        get("login");
        HttpResponse<String> response = post("login", form("name", name, "password", password));
        if (response.statusCode() == 303) {
            get("");
        }
        return response;
    }

    /** A visitor signed in as {@code name}, who has followed the redirect and holds the new session's token. */
    static Client signedIn(TestServer site, String name, String password) throws IOException, InterruptedException {
        Client client = new Client(site);
        HttpResponse<String> response = client.login(name, password);
        if (response.statusCode() != 303) {
            throw new IllegalStateException("Signing in as " + name + " answered " + response.statusCode());
        }
        return client;
    }

    /** The form fields given, with this visitor's CSRF token. */
    Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf);
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    static Optional<String> setCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(SessionCookie.NAME + "=")).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept", "text/html");
        return cookie == null ? request : request.header("Cookie", SessionCookie.NAME + "=" + cookie);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return TestServer.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        setCookie(response).ifPresent(c -> {
            Matcher m = SESSION.matcher(c);
            if (m.find()) {
                cookie = m.group(1).isEmpty() ? null : m.group(1);
            }
        });
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }
}

package org.goodpractice.sparql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Accepts the result-format names clients put in the query string, which Fuseki refuses with 400:
 * SPARQLWrapper sends {@code format=rdf+xml}, {@code n3}, {@code turtle}… by default. Such a
 * {@code format} (or {@code output}) parameter becomes the equivalent {@code Accept} header, which
 * suits whatever kind of query it is. {@code Accept: text/plain} alone (rdflib's N-Triples) asks
 * for N-Triples first, and still gets the plain-text table for a SELECT.
 */
final class ClientFormats extends Handler.Wrapper {
    private static final String XML = "application/sparql-results+xml, application/rdf+xml";
    private static final String TURTLE = "text/turtle, application/sparql-results+json;q=0.9";
    private static final Map<String, String> ACCEPT = Map.of(
            "xml", XML, "rdf", XML, "rdf+xml", XML,
            "n3", TURTLE, "turtle", TURTLE,
            "json", "application/sparql-results+json, application/ld+json",
            "csv", "text/csv", "tsv", "text/tab-separated-values");
    private static final String PLAIN = "application/n-triples, text/plain;q=0.9";

    ClientFormats(Handler endpoint) {
        super(endpoint);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Fields parameters = Request.extractQueryParameters(request);
        String accept = null;
        String parameter = null;
        for (String name : new String[] {"format", "output"}) {
            Fields.Field field = parameters.get(name);
            if (field != null && ACCEPT.containsKey(field.getValue())) {
                accept = ACCEPT.get(field.getValue());
                parameter = name;
            }
        }
        if (accept == null && "text/plain".equals(request.getHeaders().get(HttpHeader.ACCEPT))) {
            accept = PLAIN;
        }
        if (accept == null) {
            return super.handle(request, response, callback);
        }
        return super.handle(rewritten(request, parameters, parameter, accept), response, callback);
    }

    private static Request rewritten(Request request, Fields parameters, String dropped, String accept) {
        HttpURI uri = request.getHttpURI();
        if (dropped != null) {
            String query = parameters.stream().filter(f -> !f.getName().equals(dropped))
                    .flatMap(f -> f.getValues().stream().map(v -> encode(f.getName()) + "=" + encode(v)))
                    .collect(Collectors.joining("&"));
            uri = HttpURI.build(uri).query(query.isEmpty() ? null : query).asImmutable();
        }
        HttpURI target = uri;
        HttpFields headers = HttpFields.build(request.getHeaders()).put(new HttpField(HttpHeader.ACCEPT, accept)).asImmutable();
        return new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return target;
            }

            @Override
            public HttpFields getHeaders() {
                return headers;
            }
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

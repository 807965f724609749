package org.goodpractice.sparql;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Names the charset of Fuseki's text RDF answers ({@code text/turtle; charset=utf-8}), which
 * Fuseki leaves out: the Graph Store Protocol tests expect it, and clients that default text
 * types to ISO-8859-1 would misread every non-ASCII label.
 */
final class Utf8RdfTypes implements Filter {
    private static final Set<String> TEXT_RDF = Set.of("text/turtle", "application/n-triples", "application/n-quads", "application/trig");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            @Override
            public void setContentType(String type) {
                super.setContentType(withCharset(type));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "content-type".equalsIgnoreCase(name) ? withCharset(value) : value);
            }
        });
    }

    private static String withCharset(String type) {
        if (type == null || type.contains(";")) {
            return type;
        }
        return TEXT_RDF.contains(type.strip().toLowerCase(Locale.ROOT)) ? type + "; charset=utf-8" : type;
    }
}

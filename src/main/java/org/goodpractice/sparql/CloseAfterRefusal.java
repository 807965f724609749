package org.goodpractice.sparql;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Says {@code Connection: close} on Fuseki's error answers to requests that carry a body. Fuseki
 * refuses (405 for a write on the public endpoint, 400 for a bad update) before it reads the body,
 * and Jetty then closes the connection when the rest of the body is still on its way; without the
 * header a client puts the connection back in its pool and its next request there fails with no
 * answer at all.
 */
final class CloseAfterRefusal implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!hasBody((HttpServletRequest) request)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(status);
                closeOnError(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                closeOnError(status);
                super.sendError(status, message);
            }

            @Override
            public void sendError(int status) throws IOException {
                closeOnError(status);
                super.sendError(status);
            }

            private void closeOnError(int status) {
                if (status >= 400 && !isCommitted()) {
                    setHeader("Connection", "close");
                }
            }
        });
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}

package org.goodpractice.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ServerSocketChannel;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** A connector on a channel the caller bound, with the HTTP settings Javalin gives the connector it makes itself. */
final class ChannelConnector {
    private ChannelConnector() {
    }

    /** Adds it to {@code jetty}, which then makes no connector of its own. */
    static void add(Server jetty, ServerSocketChannel channel) {
        HttpConfiguration http = new HttpConfiguration();
        http.setUriCompliance(UriCompliance.LEGACY);
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        try {
            connector.open(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on the channel given: " + e.getMessage(), e);
        }
        jetty.addConnector(connector);
    }
}

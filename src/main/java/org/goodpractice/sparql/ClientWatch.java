package org.goodpractice.sparql;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a query's work when its client has gone. Jetty only notices a closed connection when it
 * reads or writes, and a query that sorts, aggregates or matches a regular expression writes
 * nothing for as long as its deadline allows; so while queries run, this watch reads the kernel's
 * table of TCP connections ({@code /proc/net/tcp}, {@code /proc/net/tcp6}) and cancels the work
 * of a connection whose client has closed it (state {@code CLOSE_WAIT} and later) or reset it
 * (gone from the table). Reading the table consumes nothing from the connection, so pipelined
 * requests are untouched. A client that half-closes its side while it waits for the answer
 * (which HTTP clients do not do) would be taken for gone. Where the table cannot be read (not
 * Linux), queries end at their deadline only.
 *
 * <pre>
 * try (ClientWatch.Watch w = ClientWatch.SHARED.watch(local, remote, exec::abort)) {
 *     ... evaluate and write the results ...
 * }
 * </pre>
 */
final class ClientWatch {
    static final ClientWatch SHARED = new ClientWatch(List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6")), 200);

    private static final Logger LOG = LoggerFactory.getLogger(ClientWatch.class);
    /** ESTABLISHED, SYN_SENT, SYN_RECV, FIN_WAIT1, FIN_WAIT2: the client has not closed its side. */
    private static final Set<Integer> CLIENT_OPEN = Set.of(0x01, 0x02, 0x03, 0x04, 0x05);

    private final List<Path> tables;
    private final long periodMillis;
    private final Map<Watch, Boolean> watched = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;

    ClientWatch(List<Path> tables, long periodMillis) {
        this.tables = tables;
        this.periodMillis = periodMillis;
    }

    /** Calls {@code cancel} once if the connection from {@code remote} to {@code local} closes before the watch does. */
    Watch watch(InetSocketAddress local, InetSocketAddress remote, Runnable cancel) {
        Watch watch = new Watch(key(local.getAddress(), local.getPort(), remote.getAddress(), remote.getPort()), cancel);
        watched.put(watch, Boolean.TRUE);
        startPolling();
        return watch;
    }

    private synchronized void startPolling() {
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "client-watch");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::poll, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    void poll() {
        if (watched.isEmpty()) {
            return;
        }
        Map<String, Integer> states = new HashMap<>();
        boolean read = false;
        for (Path table : tables) {
            // A host without IPv6 has no tcp6 table; the other one still tells.
            if (!Files.isReadable(table)) {
                continue;
            }
            try {
                Files.readAllLines(table).stream().skip(1).forEach(line -> parse(line, states));
                read = true;
            } catch (IOException | RuntimeException e) {
                // A table that cannot be read fully could make a live connection look gone.
                return;
            }
        }
        if (!read) {
            // No table to read (not Linux): queries end at their deadline, as without the watch.
            return;
        }
        for (Watch watch : watched.keySet()) {
            Integer state = states.get(watch.key);
            if (state == null ? watch.seen : !CLIENT_OPEN.contains(state)) {
                LOG.info("Client {} closed its connection; stopping its query", watch.key);
                watch.close();
                watch.cancel.run();
            } else {
                watch.seen = true;
            }
        }
    }

    /** Adds the connection of one table line, keyed as {@link #key} does, with its state. */
    static void parse(String line, Map<String, Integer> states) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length < 4) {
            return;
        }
        String[] local = fields[1].split(":");
        String[] remote = fields[2].split(":");
        states.put(key(address(local[0]), Integer.parseInt(local[1], 16), address(remote[0]), Integer.parseInt(remote[1], 16)),
                Integer.parseInt(fields[3], 16));
    }

    /** The kernel writes an address as 32-bit words, each in the machine's (little-endian) byte order. */
    private static InetAddress address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = word * 8 + (3 - b) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an address: " + hex, e);
        }
    }

    /** IPv4 addresses mapped into IPv6 ({@code ::ffff:127.0.0.1}) compare equal to their IPv4 form. */
    private static String key(InetAddress local, int localPort, InetAddress remote, int remotePort) {
        return remote.getHostAddress() + ":" + remotePort + "->" + local.getHostAddress() + ":" + localPort;
    }

    /** One connection watched while its query runs; closing it stops the watch. */
    final class Watch implements AutoCloseable {
        private final String key;
        private final Runnable cancel;
        private volatile boolean seen;

        private Watch(String key, Runnable cancel) {
            this.key = key;
            this.cancel = cancel;
        }

        @Override
        public void close() {
            watched.remove(this);
        }
    }
}

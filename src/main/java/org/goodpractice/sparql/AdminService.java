package org.goodpractice.sparql;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Handler;

/**
 * The only way to change the store over HTTP: SPARQL Update at {@code {path}/update} and Graph
 * Store writes at {@code {path}/data}, behind HTTP Basic authentication as user
 * {@value AdminGate#USER} with the operator's password (failed logins throttled). Without a
 * password every request is refused with 403, so a server started without one is read-only.
 * Writes are refused from other origins and, when form-encoded, without the header
 * {@value SameOriginWrites#TOKEN_HEADER}; LOAD and SERVICE are refused; each request is one
 * transaction whose touched record graphs must pass the import's shapes ({@link RecordGuard}),
 * and an update stops at a timeout (by default {@link #DEFAULT_UPDATE_TIMEOUT}), rolled back.
 *
 * <pre>
 * Handler admin = AdminService.create()
 *         .path("/admin")
 *         .dataset(store.datasetGraph())
 *         .baseUri("http://localhost:8080/")
 *         .passwordFile(Path.of("admin-password"))
 *         .build();
 * </pre>
 */
public final class AdminService {
    /** As long as a public query may run. */
    public static final Duration DEFAULT_UPDATE_TIMEOUT = EndpointLimits.DEFAULT.queryTimeout();

    private AdminService() {
    }

    public static Builder create() {
        return new Builder();
    }

    /** Assembles the admin endpoint from its path, dataset and (optional) password. */
    public static final class Builder {
        private String path;
        private DatasetGraph dataset;
        private String baseUri;
        private String password;
        private Duration updateTimeout = DEFAULT_UPDATE_TIMEOUT;

        private Builder() {
        }

        public Builder path(String path) {
            this.path = requireNonNull(path, "path");
            return this;
        }

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = requireNonNull(dataset, "dataset");
            return this;
        }

        /** The base of the repository's IRIs, by which record graphs are recognised and validated. */
        public Builder baseUri(String baseUri) {
            this.baseUri = requireNonNull(baseUri, "baseUri");
            return this;
        }

        /** How long an update may evaluate before it is rolled back. */
        public Builder updateTimeout(Duration timeout) {
            requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("Update timeout must be positive: " + timeout);
            }
            this.updateTimeout = timeout;
            return this;
        }

        /** Enables writes for user {@value AdminGate#USER} with this password. */
        public Builder password(String password) {
            requireNonNull(password, "password");
            if (password.isBlank()) {
                throw new IllegalArgumentException("The admin password must not be blank");
            }
            this.password = password;
            return this;
        }

        /** Enables writes with the password on the first line of {@code file}. */
        public Builder passwordFile(Path file) {
            requireNonNull(file, "file");
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the admin password file " + file + ": " + e.getMessage(), e);
            }
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                throw new IllegalArgumentException("The admin password file " + file + " is empty: put the password on its first line");
            }
            return password(lines.get(0).strip());
        }

        public Handler build() {
            requireNonNull(path, "path");
            requireNonNull(baseUri, "baseUri");
            // A store without a writable dataset (a read-only view) takes no writes over HTTP.
            if (password == null || dataset == null) {
                return AdminGate.refusingAll();
            }
            Context context = new Context();
            // The server must never be made to fetch URLs, even by its operator's updates.
            context.set(ARQ.httpServiceAllowed, false);
            DataService service = DataService.newBuilder(new RecordGuard(dataset, baseUri))
                    .addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                            .processor(new CheckedUpdate(updateTimeout)).context(context).build())
                    .addEndpoint(Endpoint.create().operation(Operation.GSP_RW).endpointName("data")
                            .processor(new CheckedGraphStore()).context(context).build())
                    .build();
            return new RequestBodyCap(AdminGate.withPassword(new SameOriginWrites(FusekiHandlers.serve(path, service)), password));
        }
    }
}

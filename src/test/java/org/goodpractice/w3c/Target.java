package org.goodpractice.w3c;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Where a manifest's requests go: the query, update and Graph Store paths that replace the
 * manifests' {@code /sparql/} and {@code /gsp} prefixes, and the headers a write there needs.
 */
record Target(String name, String query, String update, String graphStore, Map<String, String> writeHeaders) {
    /** The public endpoint: queries and Graph Store reads at /sparql, no credentials. */
    static Target publicEndpoint() {
        return new Target("public endpoint", "sparql", "sparql", "sparql", Map.of());
    }

    /** The admin endpoint: updates at /admin/update, Graph Store at /admin/data, queries (read-backs) at /sparql. */
    static Target admin(String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Target("admin endpoint", "sparql", "admin/update", "admin/data",
                Map.of("Authorization", "Basic " + basic, "X-Requested-By", "w3c-manifest-tests"));
    }
}

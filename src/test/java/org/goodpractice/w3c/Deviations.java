package org.goodpractice.w3c;

import java.util.Map;

/**
 * Every place where the server deliberately does not do what a W3C manifest entry asks, with
 * the reason. For these entries the test expects the refusal: each write is answered 4xx and
 * the store is left as it was. Everything not listed must pass as the manifest specifies.
 */
final class Deviations {
    /** On the public endpoint every write is refused, whatever the entry (one rule, not listed per entry). */
    static final String PUBLIC_WRITES = "the public endpoint is read-only: updates and Graph Store writes are only accepted at /admin";

    /** Entries of the Protocol and Graph Store manifests the admin endpoint refuses, by entry id. */
    static final Map<String, String> ADMIN = Map.of(
            "put_get_repeat_direct", Reasons.DIRECT,
            "put_delete_get_delete_direct", Reasons.DIRECT,
            "post_get_post_get_direct", Reasons.DIRECT,
            "head_existing_direct", Reasons.DIRECT,
            "put_get_default", Reasons.DEFAULT_GRAPH,
            "post_get_new_graph", Reasons.DEFAULT_GRAPH + "; a POST without ?graph= is a write into it, not a new graph");

    private static final class Reasons {
        static final String DIRECT = "graphs are named with ?graph=IRI only (indirect identification): a path below "
                + "/admin/data names no graph, so the store cannot be written through one";
        static final String DEFAULT_GRAPH = "the default graph is the union of the named graphs and cannot be written: "
                + "every write names its graph";
    }

    private Deviations() {
    }
}

package org.goodpractice.w3c;

import java.util.Map;

/** The W3C HTTP vocabulary's status terms (hts:OK, hts:StatusCode4xx, ...) matched against a status code. */
final class Statuses {
    private static final Map<String, Integer> CODES = Map.of("OK", 200, "Created", 201, "NoContent", 204, "NotFound", 404);

    private Statuses() {
    }

    static boolean matches(String term, int status) {
        if (term.matches("StatusCode[1-5]xx")) {
            return status / 100 == term.charAt("StatusCode".length()) - '0';
        }
        Integer code = CODES.get(term);
        if (code == null) {
            throw new IllegalArgumentException("Unknown status term hts:" + term + " in a manifest");
        }
        return code == status;
    }
}

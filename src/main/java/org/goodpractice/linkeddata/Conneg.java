package org.goodpractice.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Server-driven content negotiation over an {@code Accept} header (RFC 9110, section 12.5.1):
 * each offered media type gets the quality of the most specific range that matches it, a quality
 * of 0 rules it out, and ties go to the offer listed first.
 *
 * <pre>
 * Optional&lt;String&gt; type = Conneg.choose("text/turtle;q=0.9, *&#47;*;q=0.1", List.of("text/html", "text/turtle"));
 * </pre>
 */
public final class Conneg {
    private Conneg() {
    }

    private record Range(String type, String subtype, double q) {
        /** 3 for type/subtype, 2 for type/*, 1 for *&#47;*, 0 when the range does not match. */
        int specificity(String mediaType) {
            String[] parts = mediaType.split("/", 2);
            if (type.equals("*")) {
                return subtype.equals("*") ? 1 : 0;
            }
            if (!type.equals(parts[0])) {
                return 0;
            }
            return subtype.equals("*") ? 2 : subtype.equals(parts[1]) ? 3 : 0;
        }
    }

    /** The offer the client prefers, or empty when it accepts none of them; no header accepts the first. */
    public static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(ranges, offer.toLowerCase(Locale.ROOT));
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, String offer) {
        int bestSpecificity = 0;
        double q = 0;
        for (Range range : ranges) {
            int s = range.specificity(offer);
            if (s > bestSpecificity) {
                bestSpecificity = s;
                q = range.q();
            }
        }
        return q;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : accept.split(",")) {
            String[] params = entry.trim().toLowerCase(Locale.ROOT).split(";");
            if (params.length == 0) {
                continue;
            }
            String[] typeAndSubtype = params[0].trim().split("/", 2);
            if (typeAndSubtype.length != 2 || typeAndSubtype[0].isBlank() || typeAndSubtype[1].isBlank()) {
                continue;
            }
            ranges.add(new Range(typeAndSubtype[0].trim(), typeAndSubtype[1].trim(), quality(params)));
        }
        return ranges;
    }

    private static double quality(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String[] kv = params[i].trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equals("q")) {
                try {
                    double q = Double.parseDouble(kv[1].trim());
                    return Math.max(0, Math.min(1, q));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}

package org.goodpractice.search;

import java.util.List;

/** A record as the index holds it, and the practices most like it ({@link SearchEngine#related}). */
public record HitAndRelated(Hit hit, List<Hit> related) {
}

package org.goodpractice.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words that say what a number counts: head nouns of the known kinds, and words that end a noun phrase. */
final class Nouns {
    private static final Map<String, Counted> KINDS = new HashMap<>();

    static {
        put(Counted.COMPANIES, "companies", "company", "firms", "firm", "businesses", "business", "enterprises", "smes");
        put(Counted.START_UPS, "start-ups", "startups", "start-up", "spin-offs", "spin-outs", "spinoffs");
        put(Counted.JOBS, "jobs", "job", "workplaces");
        put(Counted.PEOPLE, "people", "persons", "participants", "inhabitants", "residents", "visitors", "customers",
                "users", "volunteers", "landowners", "students", "trainees", "women", "men", "citizens", "pupils");
        put(Counted.HOUSEHOLDS, "households");
        put(Counted.BUILDINGS, "buildings", "houses", "homes", "dwellings");
        put(Counted.PROJECTS, "projects");
        put(Counted.PRODUCTS, "products");
    }

    /** Words that end the noun phrase after a number before its head noun is found. */
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "of", "to", "in", "on", "at", "for", "from",
            "by", "with", "into", "than", "that", "which", "who", "were", "was", "is", "are", "be", "been", "being",
            "have", "has", "had", "will", "would", "can", "could", "per", "as", "while", "since", "each", "their", "its",
            "them", "they", "it", "this", "these", "those", "not", "no", "alone", "whose", "where", "when", "after",
            "before", "during", "within", "more", "less", "times");

    /** Plurals that name time spans: a number of years is a period, not an indicator. */
    private static final Set<String> TIME = Set.of("years", "months", "weeks", "days", "hours", "year", "month", "week",
            "day", "decades");

    /** Irregular plurals that can be the head noun. */
    private static final Set<String> IRREGULAR = Set.of("people", "women", "men", "children", "staff");

    private Nouns() {
    }

    private static void put(Counted kind, String... words) {
        for (String w : words) {
            KINDS.put(w, kind);
        }
    }

    static Counted kind(String word) {
        return KINDS.get(word.toLowerCase(Locale.ROOT));
    }

    static boolean isStop(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isTime(String word) {
        return TIME.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a word that can end a counted noun phrase: a known kind, or a plural. */
    static boolean isHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return KINDS.containsKey(w) || IRREGULAR.contains(w) || isTime(w)
                || (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && w.chars().allMatch(c -> Character.isLetter(c) || c == '-'));
    }

    /** The index of the head noun in {@code words} (at most {@code max} of them), or -1. */
    static int head(List<String> words, int max) {
        for (int i = 0; i < Math.min(max, words.size()); i++) {
            String w = words.get(i);
            if (isStop(w)) {
                return -1;
            }
            if (isHead(w)) {
                return i;
            }
        }
        return -1;
    }
}

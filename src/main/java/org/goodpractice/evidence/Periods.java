package org.goodpractice.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods stated in a sentence ("in 12 months", "over five years", "per year") and spans that are
 * dates rather than quantities ("31 December 2015", "01-01-1982"), so that their numbers are not
 * read as indicators.
 */
final class Periods {
    private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("thirty", 30));
    private static final String COUNT = "(\\d{1,3}|" + String.join("|", WORD_NUMBERS.keySet()) + ")";
    private static final Pattern SPAN = Pattern.compile("(?i)\\b(?:in|within|over|during|after)\\s+"
            + "(?:the\\s+|its\\s+|their\\s+)?(?:first\\s+|last\\s+|past\\s+)?" + COUNT + "\\s+(day|week|month|year)s?\\b");
    private static final Pattern RATE = Pattern.compile("(?i)\\b(?:per\\s+(year|annum|month|week|day)|(annually|yearly)"
            + "|(?:each|every)\\s+(year|month)|a\\s+(year|month)(?!\\s+(?:after|later|ago|before)))\\b");
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTHS + "(?:\\s+\\d{4})?\\b|\\b" + MONTHS + "\\s+\\d{1,2}(?:,\\s*\\d{4})?\\b"
            + "|\\b" + MONTHS + "\\s+\\d{4}\\b");

    /** A period found at {@code start..end} of a sentence, as an ISO 8601 duration. */
    record Period(int start, int end, String iso) {
    }

    private Periods() {
    }

    static List<Period> find(String sentence) {
        List<Period> periods = new ArrayList<>();
        Matcher span = SPAN.matcher(sentence);
        while (span.find()) {
            String count = span.group(1).toLowerCase(Locale.ROOT);
            int n = WORD_NUMBERS.containsKey(count) ? WORD_NUMBERS.get(count) : Integer.parseInt(count);
            periods.add(new Period(span.start(), span.end(), duration(n, span.group(2))));
        }
        Matcher rate = RATE.matcher(sentence);
        while (rate.find()) {
            String unit = firstNonNull(rate.group(1), rate.group(2), rate.group(3), rate.group(4));
            periods.add(new Period(rate.start(), rate.end(), duration(1, unit)));
        }
        return periods;
    }

    /** Spans of the sentence that are dates or periods: numbers inside them are not indicators. */
    static List<int[]> excluded(String sentence, List<Period> periods) {
        List<int[]> spans = new ArrayList<>();
        periods.forEach(p -> spans.add(new int[] {p.start(), p.end()}));
        Matcher date = DATE.matcher(sentence);
        while (date.find()) {
            spans.add(new int[] {date.start(), date.end()});
        }
        return spans;
    }

    /** An xsd:duration; XML Schema has no weeks (ISO 8601's "P6W"), so weeks are written as days. */
    private static String duration(int n, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> "P" + n + "D";
            case "week" -> "P" + n * 7 + "D";
            case "month" -> "P" + n + "M";
            default -> "P" + n + "Y";
        };
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        throw new IllegalArgumentException("no value");
    }
}

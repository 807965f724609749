package org.goodpractice.ingest.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes cardinal numbers spelled out in prose ("two million euros", "Eight other utilities",
 * "twenty-five jobs") as digits, so the indicator rules can read them, and remembers what was
 * written so each indicator can quote the text as it was. "One" on its own is left alone: it is
 * far more often a pronoun ("one of the premier parks") than a count.
 */
final class NumberWords {
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final Pattern NUMBER = Pattern.compile("(?i)\\b((?:" + String.join("|", TENS.subList(2, 10)) + ")(?:-("
            + String.join("|", UNITS.subList(1, 10)) + "))?|" + String.join("|", UNITS.subList(1, 20)) + ")\\b"
            + "(\\s+(?:hundred|thousand|million|billion)\\b)?");

    /** A sentence with its spelled-out numbers as digits, and the digits-to-words replacements made. */
    record Converted(String text, Map<String, String> replacements) {
        /** {@code phrase} of the converted text as originally written. */
        String original(String phrase) {
            String s = phrase;
            for (Map.Entry<String, String> e : replacements.entrySet()) {
                // Only whole numbers: the "2 million" in "EUR 1.2 million" was written in digits.
                s = s.replaceAll("(?<![\\d.,])" + Pattern.quote(e.getKey()) + "(?!\\d)", Matcher.quoteReplacement(e.getValue()));
            }
            return s;
        }
    }

    private NumberWords() {
    }

    static Converted digits(String sentence) {
        Map<String, String> replacements = new LinkedHashMap<>();
        Matcher m = NUMBER.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            boolean loneOne = word.equals("one") && m.group(3) == null;
            if (loneOne) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            int value = m.group(2) != null
                    ? TENS.indexOf(word.substring(0, word.indexOf('-'))) * 10 + UNITS.indexOf(m.group(2).toLowerCase(Locale.ROOT))
                    : TENS.contains(word) ? TENS.indexOf(word) * 10 : UNITS.indexOf(word);
            String digits = value + (m.group(3) == null ? "" : m.group(3));
            replacements.put(digits, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(digits));
        }
        m.appendTail(out);
        return new Converted(out.toString(), replacements);
    }
}

package org.goodpractice.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantitative indicators out of evidence-of-success text: each number together with
 * what it counts, the words that qualify it, the period it refers to and the sentence it came
 * from. The rules are documented in {@code ontology/README.md}; numbers that are years, dates,
 * ordinals or parts of codes are not indicators, and neither is a number whose count is unclear.
 *
 * <pre>
 * List&lt;Indicator&gt; found = new IndicatorExtractor().extract(List.of("BSPA has helped the creation of over 500 companies."));
 * found.get(0).value(); // 500, at least, companies
 * </pre>
 */
public final class IndicatorExtractor {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d“\"‘(])");
    private static final Pattern AMOUNT = Pattern.compile("(?:(?<cur>EUR|€|SEK|NOK|DKK|PLN|CZK|HUF|GBP|£|CHF|USD)\\s?)?"
            + "(?<![\\p{L}\\p{N}.,/-])(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + "(?<scale>\\s+(?:million|thousand|billion)\\b|\\s?(?:m|bn)\\b(?=\\s|[.,;)]|$))?");
    private static final Pattern PERCENT = Pattern.compile("\\s*(?:%|per\\s?cent\\b|percent\\b)");
    private static final Pattern EUROS = Pattern.compile("\\s+(?:euros?|EUR)\\b");
    private static final Pattern CO2 = Pattern.compile("\\s+(?:tonnes?|tons?|t)\\s+of\\s+(?:CO2|CO₂|carbon dioxide)\\b");
    private static final Pattern MEASURE = Pattern.compile("\\s+(?<unit>tonnes?|tons?|hectares|ha|km|kilometres|kilometers"
            + "|cm|m2|m3|cubic metres|square metres|litres|MW|kW|GWh|MWh|kWh)\\b");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)\\b(?:more than|over|above|at least|in excess of|exceeding"
            + "|upwards of)\\s*$");
    private static final Pattern AT_MOST = Pattern.compile("(?i)\\b(?:up to|at most|no more than|a maximum of|less than"
            + "|fewer than|below|under)\\s*$");
    private static final Pattern APPROXIMATELY = Pattern.compile("(?i)(?:\\b(?:around|about|approximately|approx\\.|roughly"
            + "|some|circa|an estimated|estimated|an average of)|\\bc\\.)\\s*$");
    private static final Pattern NEARLY = Pattern.compile("(?i)\\b(?:nearly|almost|close to|just under)\\s*$");
    private static final Pattern OF = Pattern.compile("\\s+of\\s+");
    private static final Pattern WORD = Pattern.compile("\\G([\\p{L}\\p{N}-]+)\\s*");
    /** The words after a number up to the end of its clause, where the noun it counts is looked for. */
    private static final Pattern CLAUSE_WORD = Pattern.compile("\\G\\s*([^\\s,.;:()]+)");
    private static final int LONGEST_NOUN_PHRASE = 4;
    /** Tried in this order: "just under" is nearly, not at most. */
    private static final Map<Pattern, Qualifier> QUALIFIERS = qualifiers();
    /**
     * How far before a number its qualifier may start: the longest qualifier ("in excess of") and
     * a few spaces. Looking no further keeps each number's work constant, so a sentence is read
     * in time linear in its length however many numbers it holds.
     */
    private static final int QUALIFIER_WINDOW = 32;

    /** The indicators of every sentence of {@code paragraphs}, in order. */
    public List<Indicator> extract(List<String> paragraphs) {
        List<Indicator> indicators = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                indicators.addAll(sentence(sentence.strip()));
            }
        }
        return indicators;
    }

    private record Found(Indicator indicator, int start, int end) {
    }

    private List<Indicator> sentence(String sentence) {
        List<Periods.Period> periods = Periods.find(sentence);
        boolean[] excluded = new boolean[sentence.length()];
        for (int[] span : Periods.excluded(sentence, periods)) {
            Arrays.fill(excluded, span[0], span[1], true);
        }
        List<Found> found = new ArrayList<>();
        Matcher m = AMOUNT.matcher(sentence);
        while (m.find()) {
            int numberStart = m.start("num");
            boolean insidePrevious = !found.isEmpty() && m.start() < found.get(found.size() - 1).end();
            if (insidePrevious || excluded[numberStart] || joined(sentence, m.end())) {
                continue;
            }
            Found f = amount(sentence, m);
            if (f != null) {
                found.add(f);
            }
        }
        for (Periods.Period p : periods) {
            int target = lastEndingBy(found, p.start());
            if (target < 0) {
                target = firstStartingFrom(found, p.end());
            }
            if (target >= 0 && found.get(target).indicator().period() == null) {
                Found f = found.get(target);
                found.set(target, new Found(f.indicator().withPeriod(p.iso()), f.start(), f.end()));
            }
        }
        return found.stream().map(Found::indicator).toList();
    }

    /** The last of {@code found} (in sentence order, not overlapping) that ends at or before {@code offset}, or -1. */
    private static int lastEndingBy(List<Found> found, int offset) {
        int low = 0;
        int high = found.size() - 1;
        int last = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (found.get(mid).end() <= offset) {
                last = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return last;
    }

    /** The first of {@code found} that starts at or after {@code offset}, or -1. */
    private static int firstStartingFrom(List<Found> found, int offset) {
        int low = 0;
        int high = found.size() - 1;
        int first = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (found.get(mid).start() >= offset) {
                first = mid;
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return first;
    }

    /** A number glued to letters or digits ("1970s", "3D", "2004-2011") is not a quantity. */
    private static boolean joined(String sentence, int end) {
        if (end >= sentence.length()) {
            return false;
        }
        char next = sentence.charAt(end);
        return Character.isLetterOrDigit(next) || next == '-' && end + 1 < sentence.length()
                && Character.isDigit(sentence.charAt(end + 1));
    }

    private Found amount(String sentence, Matcher m) {
        String currency = m.group("cur");
        String scale = m.group("scale") == null ? null : m.group("scale").strip().toLowerCase(Locale.ROOT);
        if (currency == null && scale != null && (scale.equals("m") || scale.equals("bn"))) {
            return null; // "20 m" is metres, not millions
        }
        int after = m.end();
        Counted counted;
        String unit;
        int unitEnd;
        Matcher u;
        if (currency != null) {
            counted = Counted.MONEY;
            unit = currency.equals("€") ? "EUR" : currency.equals("£") ? "GBP" : currency;
            unitEnd = after;
        } else if ((u = at(PERCENT, sentence, after)).lookingAt()) {
            counted = Counted.PERCENT;
            unit = "per cent";
            unitEnd = u.end();
        } else if ((u = at(EUROS, sentence, after)).lookingAt()) {
            counted = Counted.MONEY;
            unit = "EUR";
            unitEnd = u.end();
        } else if ((u = at(CO2, sentence, after)).lookingAt()) {
            counted = Counted.CO2_TONNES;
            unit = "tonnes of CO2";
            unitEnd = u.end();
        } else if ((u = at(MEASURE, sentence, after)).lookingAt()) {
            String word = u.group("unit");
            counted = word.startsWith("ton") ? Counted.TONNES : word.startsWith("h") ? Counted.HECTARES
                    : word.startsWith("k") && !word.endsWith("W") && !word.endsWith("Wh") ? Counted.KILOMETRES : null;
            unitEnd = ofPhrase(sentence, u.end());
            unit = sentence.substring(u.start("unit"), unitEnd).strip();
        } else {
            List<String> words = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            Matcher w = at(CLAUSE_WORD, sentence, after);
            while (words.size() < LONGEST_NOUN_PHRASE && w.find()) {
                words.add(w.group(1));
                ends.add(w.end());
            }
            int head = Nouns.head(words, LONGEST_NOUN_PHRASE);
            if (head < 0 || Nouns.isTime(words.get(head))) {
                return null;
            }
            counted = Nouns.kind(words.get(head));
            unit = String.join(" ", words.subList(0, head + 1));
            unitEnd = ends.get(head);
        }
        String number = m.group("num");
        if (currency == null && scale == null && counted != Counted.PERCENT && counted != Counted.MONEY
                && YEAR.matcher(number).matches() && (counted == null || counted == Counted.PROJECTS)) {
            return null; // a year: "in 2011", "the 2020 aspirations"
        }
        BigDecimal value = new BigDecimal(number.replace(",", "")).multiply(multiplier(scale));
        Matcher q = qualifier(sentence, m.start());
        Qualifier qualifier = q == null ? null : QUALIFIERS.get(q.pattern());
        int phraseStart = q == null ? m.start() : q.start();
        Indicator indicator = new Indicator(normalise(value), qualifier, counted, unit, null,
                sentence.substring(phraseStart, unitEnd).strip(), sentence);
        return new Found(indicator, m.start(), unitEnd);
    }

    /**
     * The end of an "of ..." complement after a unit ("tonnes of bio-waste", "km of walls"): at most two words,
     * no function words, and nothing after a plural noun.
     */
    private static int ofPhrase(String sentence, int from) {
        Matcher of = at(OF, sentence, from);
        if (!of.lookingAt()) {
            return from;
        }
        int end = from;
        Matcher word = at(WORD, sentence, of.end());
        for (int n = 0; n < 2 && word.find() && !Nouns.isStop(word.group(1)); n++) {
            end = word.end(1);
            if (Nouns.isHead(word.group(1))) {
                break;
            }
        }
        return end;
    }

    /** {@code pattern} matching from {@code from} on, seeing the text before it for look-behinds and word boundaries. */
    private static Matcher at(Pattern pattern, String sentence, int from) {
        return pattern.matcher(sentence).region(from, sentence.length()).useTransparentBounds(true);
    }

    /** The qualifier right before the number at {@code numberStart}, matched, or null. */
    private static Matcher qualifier(String sentence, int numberStart) {
        for (Pattern p : QUALIFIERS.keySet()) {
            Matcher m = p.matcher(sentence).region(Math.max(0, numberStart - QUALIFIER_WINDOW), numberStart)
                    .useTransparentBounds(true);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private static Map<Pattern, Qualifier> qualifiers() {
        Map<Pattern, Qualifier> q = new LinkedHashMap<>();
        q.put(AT_LEAST, Qualifier.AT_LEAST);
        q.put(NEARLY, Qualifier.NEARLY);
        q.put(AT_MOST, Qualifier.AT_MOST);
        q.put(APPROXIMATELY, Qualifier.APPROXIMATELY);
        return q;
    }

    private static BigDecimal multiplier(String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        return switch (scale) {
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "million", "m" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
    }

    private static BigDecimal normalise(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}

package org.goodpractice.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
    private static final Pattern PERCENT = Pattern.compile("^\\s*(?:%|per\\s?cent\\b|percent\\b)");
    private static final Pattern EUROS = Pattern.compile("^\\s+(?:euros?|EUR)\\b");
    private static final Pattern CO2 = Pattern.compile("^\\s+(?:tonnes?|tons?|t)\\s+of\\s+(?:CO2|CO₂|carbon dioxide)\\b");
    private static final Pattern MEASURE = Pattern.compile("^\\s+(?<unit>tonnes?|tons?|hectares|ha|km|kilometres|kilometers"
            + "|cm|m2|m3|cubic metres|square metres|litres|MW|kW|GWh|MWh|kWh)\\b");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)\\b(?:more than|over|above|at least|in excess of|exceeding"
            + "|upwards of)\\s*$");
    private static final Pattern AT_MOST = Pattern.compile("(?i)\\b(?:up to|at most|no more than|a maximum of|less than"
            + "|fewer than|below|under)\\s*$");
    private static final Pattern APPROXIMATELY = Pattern.compile("(?i)(?:\\b(?:around|about|approximately|approx\\.|roughly"
            + "|some|circa|an estimated|estimated|an average of)|\\bc\\.)\\s*$");
    private static final Pattern NEARLY = Pattern.compile("(?i)\\b(?:nearly|almost|close to|just under)\\s*$");
    private static final Pattern COORDINATION = Pattern.compile("^\\s*(?:,|and|or|,\\s*and)\\s*$");
    private static final int LONGEST_NOUN_PHRASE = 4;

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
        List<int[]> excluded = Periods.excluded(sentence, periods);
        List<Found> found = new ArrayList<>();
        Matcher m = AMOUNT.matcher(sentence);
        while (m.find()) {
            int start = m.start();
            int numberStart = m.start("num");
            if (excluded.stream().anyMatch(s -> numberStart >= s[0] && numberStart < s[1]) || joined(sentence, m.end())) {
                continue;
            }
            Found f = amount(sentence, m);
            if (f == null) {
                continue;
            }
            Found previous = found.isEmpty() ? null : found.get(found.size() - 1);
            if (f.indicator().qualifier() == null && previous != null
                    && COORDINATION.matcher(sentence.substring(previous.end(), start)).matches()) {
                f = new Found(f.indicator().withQualifierIfNone(previous.indicator().qualifier()), f.start(), f.end());
            }
            found.add(f);
        }
        for (Periods.Period p : periods) {
            int target = -1;
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).end() <= p.start()) {
                    target = i;
                }
            }
            if (target < 0) {
                target = found.stream().filter(f -> f.start() >= p.end()).findFirst().map(found::indexOf).orElse(-1);
            }
            if (target >= 0 && found.get(target).indicator().period() == null) {
                Found f = found.get(target);
                found.set(target, new Found(f.indicator().withPeriod(p.iso()), f.start(), f.end()));
            }
        }
        return found.stream().map(Found::indicator).toList();
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
        String rest = sentence.substring(m.end());
        Counted counted;
        String unit;
        int unitEnd;
        Matcher u;
        if (currency != null) {
            counted = Counted.MONEY;
            unit = currency.equals("€") ? "EUR" : currency.equals("£") ? "GBP" : currency;
            unitEnd = m.end();
        } else if ((u = PERCENT.matcher(rest)).find()) {
            counted = Counted.PERCENT;
            unit = "per cent";
            unitEnd = m.end() + u.end();
        } else if ((u = EUROS.matcher(rest)).find()) {
            counted = Counted.MONEY;
            unit = "EUR";
            unitEnd = m.end() + u.end();
        } else if ((u = CO2.matcher(rest)).find()) {
            counted = Counted.CO2_TONNES;
            unit = "tonnes of CO2";
            unitEnd = m.end() + u.end();
        } else if ((u = MEASURE.matcher(rest)).find()) {
            String word = u.group("unit");
            counted = word.startsWith("ton") ? Counted.TONNES : word.startsWith("h") ? Counted.HECTARES
                    : word.startsWith("k") && !word.endsWith("W") && !word.endsWith("Wh") ? Counted.KILOMETRES : null;
            int[] of = ofPhrase(rest, u.end());
            unit = rest.substring(u.start("unit"), of[1]).strip();
            unitEnd = m.end() + of[1];
        } else {
            String clause = rest.split("[,.;:()]", 2)[0];
            List<String> words = Arrays.stream(clause.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            int head = Nouns.head(words, LONGEST_NOUN_PHRASE);
            if (head < 0 || Nouns.isTime(words.get(head))) {
                return null;
            }
            counted = Nouns.kind(words.get(head));
            unit = String.join(" ", words.subList(0, head + 1));
            unitEnd = m.end() + rest.indexOf(words.get(head)) + words.get(head).length();
        }
        String number = m.group("num");
        if (currency == null && scale == null && counted != Counted.PERCENT && counted != Counted.MONEY
                && YEAR.matcher(number).matches() && (counted == null || counted == Counted.PROJECTS)) {
            return null; // a year: "in 2011", "the 2020 aspirations"
        }
        BigDecimal value = new BigDecimal(number.replace(",", "")).multiply(multiplier(scale));
        String before = sentence.substring(0, m.start());
        Qualifier qualifier = qualifier(before);
        int phraseStart = qualifier == null ? m.start() : qualifierStart(before);
        Indicator indicator = new Indicator(normalise(value), qualifier, counted, unit, null,
                sentence.substring(phraseStart, unitEnd).strip(), sentence);
        return new Found(indicator, m.start(), unitEnd);
    }

    /**
     * The end of an "of ..." complement after a unit ("tonnes of bio-waste", "km of walls"): at most two words,
     * no function words, and nothing after a plural noun.
     */
    private static int[] ofPhrase(String rest, int from) {
        Matcher of = Pattern.compile("^\\s+of\\s+").matcher(rest.substring(from));
        if (!of.find()) {
            return new int[] {from, from};
        }
        int end = from;
        int pos = from + of.end();
        Matcher word = Pattern.compile("\\G([\\p{L}\\p{N}-]+)\\s*").matcher(rest);
        for (int n = 0; n < 2 && word.find(pos) && !Nouns.isStop(word.group(1)); n++) {
            end = word.start(1) + word.group(1).length();
            pos = word.end();
            if (Nouns.isHead(word.group(1))) {
                break;
            }
        }
        return new int[] {from, end};
    }

    private static Qualifier qualifier(String before) {
        if (AT_LEAST.matcher(before).find()) {
            return Qualifier.AT_LEAST;
        } else if (NEARLY.matcher(before).find()) {
            return Qualifier.NEARLY;
        } else if (AT_MOST.matcher(before).find()) {
            return Qualifier.AT_MOST;
        } else if (APPROXIMATELY.matcher(before).find()) {
            return Qualifier.APPROXIMATELY;
        }
        return null;
    }

    private static int qualifierStart(String before) {
        for (Pattern p : List.of(AT_LEAST, NEARLY, AT_MOST, APPROXIMATELY)) {
            Matcher m = p.matcher(before);
            if (m.find()) {
                return m.start();
            }
        }
        return before.length();
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

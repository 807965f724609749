package org.goodpractice.ingest.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organisations named in sentences by three explainable rules:
 * <ul>
 * <li>{@code acronym}: a capitalised name followed by its acronym, "Institute for Advanced
 * Automotive Propulsion Systems (IAAPS)"; later mentions of the bare acronym are the same body;</li>
 * <li>{@code institution}: an institutional head word with what it is "for" or "of",
 * "Department for Business, Energy and Industrial Strategy", "School of Management", or a name
 * ending in one, "Birmingham City Council";</li>
 * <li>{@code example}: a capitalised name introduced as an example ("notably British Leyland").</li>
 * </ul>
 * Names that are places (as the caller's predicate decides) or programmes are not organisations.
 * A name has at most {@value #MAX_NAME_WORDS} words, and an article at most
 * {@value #MAX_ORGANISATIONS} organisations (the rest are not collected), which keeps the work
 * linear in the article's length whatever its text.
 */
final class OrganisationFinder {
    // Every repetition is bounded, so each match attempt costs at most a name's length and a line
    // of capitalised words is scanned in linear time (unbounded groups backtracked quadratically
    // and, for a few thousand words, overflowed the stack).
    /** No organisation name here runs to more than this many words. */
    static final int MAX_NAME_WORDS = 12;
    /** Each new name is compared with every one found before, so their number is bounded. */
    static final int MAX_ORGANISATIONS = 1_000;
    private static final int MORE_WORDS = MAX_NAME_WORDS - 1;
    private static final String CAP = "\\p{Lu}[\\p{L}’'&-]{0,40}";
    private static final String JOIN = "(?:\\s+(?:for|of|and|the|de|du|des|la|le|&)\\s+|\\s+)";
    private static final Pattern ACRONYM = Pattern.compile(
            "(" + CAP + "(?:" + JOIN + CAP + "){1," + MORE_WORDS + "})\\s+\\((\\p{Lu}[\\p{Lu}\\d&-]{1,15})\\)");
    private static final String HEAD = "(?:Department|Ministry|Office|Agency|Council|Institute|University|School|"
            + "Faculty|Centre|Center|Chamber|Commission|Authority|Foundation|Bank|Board|Association)";
    private static final String CAP_LIST = CAP + "(?:(?:,\\s+|\\s+and\\s+|\\s+)" + CAP + "){0," + (MORE_WORDS - 2) + "}";
    private static final Pattern HEAD_OF = Pattern.compile("(" + HEAD + "\\s+(?:for|of)\\s+(?:the\\s+)?" + CAP_LIST + ")");
    private static final Pattern ENDS_IN_HEAD = Pattern.compile(
            "((?:" + CAP + "\\s+){1," + (MORE_WORDS - 1) + "}(?:City\\s+|County\\s+|Regional\\s+|Development\\s+)?(?:Council|Agency|University|"
                    + "Institute|Ltd|plc|Group|Motors|Corporation|Company|Authority))\\b");
    private static final Pattern EXAMPLE = Pattern.compile(
            "\\b(?:notably|such as|including|for example|for instance|like)\\s+(" + CAP + "(?:\\s+" + CAP + "){1," + MORE_WORDS + "})");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "Our", "This", "These", "In", "At");

    private final Predicate<String> isPlaceOrProgramme;

    OrganisationFinder(Predicate<String> isPlaceOrProgramme) {
        this.isPlaceOrProgramme = isPlaceOrProgramme;
    }

    List<Mention> find(List<String> sentences) {
        Map<String, Mention> byName = new LinkedHashMap<>();
        Map<String, String> acronyms = new LinkedHashMap<>();
        for (String sentence : sentences) {
            Matcher m = ACRONYM.matcher(sentence);
            while (m.find()) {
                String name = trim(m.group(1));
                if (byName.size() < MAX_ORGANISATIONS && !isPlaceOrProgramme.test(name) && !isPlaceOrProgramme.test(m.group(2))) {
                    acronyms.put(m.group(2), name);
                    byName.putIfAbsent(name, new Mention(null, name, m.group(), "acronym", sentence));
                }
            }
            add(byName, HEAD_OF.matcher(sentence), "institution", sentence);
            add(byName, ENDS_IN_HEAD.matcher(sentence), "institution", sentence);
            add(byName, EXAMPLE.matcher(sentence), "example", sentence);
        }
        return new ArrayList<>(byName.values());
    }

    private void add(Map<String, Mention> byName, Matcher m, String rule, String sentence) {
        while (m.find()) {
            String name = trim(m.group(1));
            if (byName.size() < MAX_ORGANISATIONS && name.contains(" ") && !isPlaceOrProgramme.test(name)
                    && byName.keySet().stream().noneMatch(known -> known.contains(name))) {
                byName.keySet().removeIf(name::contains);
                byName.put(name, new Mention(null, name, m.group(1), rule, sentence));
            }
        }
    }

    /** Drops a leading article or possessive ("the University’s School of Management" gives "School of Management"). */
    private static String trim(String name) {
        String[] words = name.strip().split("\\s+");
        int from = 0;
        while (from < words.length - 1 && (NOT_NAMES.contains(words[from]) || words[from].matches(".*[’']s"))) {
            from++;
        }
        return String.join(" ", Arrays.copyOfRange(words, from, words.length)).replaceAll("[,.;:]+$", "");
    }
}

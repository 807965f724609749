package org.goodpractice.ingest.interregeurope;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a Policy Learning Platform practice, each with the wordings partners use
 * (case, "and"/"or", a trailing colon, "the"/"this" do not matter). A heading may stand alone on its
 * line or carry its first value after a colon ("Topic: SME competitiveness").
 */
enum Section {
    DESCRIPTION("About this good practice", "about (?:this|the) (?:good )?practice|(?:good practice )?description"),
    RESOURCES("Resources needed", "resources? needed|resources"),
    EVIDENCE("Evidence of success", "evidences? of success"),
    TRANSFER("Potential for learning or transfer", "potential for (?:learning )?(?:(?:or|and|/) )?transfer(?:ability)?|potential for learning"),
    FURTHER("Further information", "further information|more information|further info"),
    OWNER("Good practice owner", "(?:good )?practice owner|owner"),
    LOCATION("Location", "location"),
    TIMESCALE("Timescale", "time ?scale|time ?frame|duration"),
    TOPIC("Topic", "topics?|thematic topics?"),
    PROJECT("Project", "(?:interreg europe )?project"),
    EXPERT("Expert opinion", "expert'?s? opinion|opinion of the expert|policy learning platform expert opinion"),
    /*
     * What an Interreg IVC annex says and the platform's template lacks: a practice imported from an
     * annex keeps them through a web edit, which writes it in this format.
     */
    PRIORITY("Interreg IVC priority", "interreg ivc priority"),
    SUB_THEME("Interreg IVC sub-theme", "interreg ivc sub[- ]?theme"),
    ANNEX_COMPLETED("Annex completed on", "annex completed(?: on)?"),
    /** The record's identifier when it has one already (a practice edited on the web keeps its own); else one is minted. */
    IDENTIFIER("Identifier", "identifier");

    /**
     * Every section's wordings as one alternation, group n+1 the n-th section's and the last group
     * what follows the colon: alternatives are tried in order, so the first section whose wordings
     * match the whole line wins, as matching each section's in turn would, at the cost of one match
     * per line (every line of every file is tried while detecting formats).
     */
    private static final Pattern HEADINGS = Pattern.compile("(?:" + String.join("|",
            Arrays.stream(values()).map(s -> "(" + s.wordings + ")").toList()) + ")\\s*(?::\\s*(.*))?");

    private final String heading;
    private final String wordings;

    Section(String heading, String wordings) {
        this.heading = heading;
        this.wordings = wordings;
    }

    /** The heading as the template writes it, used as the field name in messages. */
    String heading() {
        return heading;
    }

    /** A heading line: its section and whatever followed the colon (empty when nothing did). */
    record Heading(Section section, String rest) {
    }

    static Optional<Heading> of(String line) {
        Matcher m = HEADINGS.matcher(collapsed(line.strip().toLowerCase(Locale.ROOT)));
        if (!m.matches()) {
            return Optional.empty();
        }
        Section[] sections = values();
        for (int i = 0; i < sections.length; i++) {
            if (m.start(i + 1) >= 0) {
                String rest = m.group(sections.length + 1) == null ? "" : line.substring(line.indexOf(':') + 1).strip();
                return Optional.of(new Heading(sections[i], rest));
            }
        }
        throw new IllegalStateException("a heading matched no section: " + line);
    }

    /** {@code text} with each run of whitespace ({@code \\s}) made one space, as {@code replaceAll("\\s+", " ")} but without a regex. */
    private static String collapsed(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = !isSpace(c) || c == ' ' && (i + 1 == text.length() || !isSpace(text.charAt(i + 1)));
        }
        if (plain) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = isSpace(c);
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Headings that only this format has, so that a file with them and the description heading is one of its records. */
    static final List<Section> DISTINCTIVE = List.of(TIMESCALE, TOPIC, LOCATION, OWNER);

    static List<String> headings() {
        return Arrays.stream(values()).map(Section::heading).toList();
    }
}

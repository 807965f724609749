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

    private final String heading;
    private final Pattern pattern;

    Section(String heading, String wordings) {
        this.heading = heading;
        this.pattern = Pattern.compile("(?:" + wordings + ")\\s*(?::\\s*(.*))?");
    }

    /** The heading as the template writes it, used as the field name in messages. */
    String heading() {
        return heading;
    }

    /** A heading line: its section and whatever followed the colon (empty when nothing did). */
    record Heading(Section section, String rest) {
    }

    static Optional<Heading> of(String line) {
        String key = line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (Section s : values()) {
            Matcher m = s.pattern.matcher(key);
            if (m.matches()) {
                String rest = m.group(1) == null ? "" : line.substring(line.indexOf(':') + 1).strip();
                return Optional.of(new Heading(s, rest));
            }
        }
        return Optional.empty();
    }

    /** Headings that only this format has, so that a file with them and the description heading is one of its records. */
    static final List<Section> DISTINCTIVE = List.of(TIMESCALE, TOPIC, LOCATION, OWNER);

    static List<String> headings() {
        return Arrays.stream(values()).map(Section::heading).toList();
    }
}

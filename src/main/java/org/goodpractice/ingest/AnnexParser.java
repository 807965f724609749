package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.ontology.ProgrammeSchemes.Concept;

/**
 * Parses an Interreg IVC good-practice annex as scraped from the programme's web site: a title
 * line, "Project information" fields (some run together, such as the location and the next
 * heading), then sections of free text, the contacts and the completion date, followed by site
 * chrome that is not part of the record and is dropped.
 *
 * <pre>
 * Annex annex = new AnnexParser(schemes).parse(SourceText.read(file));
 * </pre>
 */
public final class AnnexParser {
    private enum Section { HEAD, PROJECT, TOPICS, DESCRIPTION, EVIDENCE, CONTACT, END }

    private static final Map<Section, Pattern> HEADINGS = Map.of(
            Section.PROJECT, Pattern.compile("(?i)project information:?"),
            Section.TOPICS, Pattern.compile("(?i)topics? of the practice:?"),
            Section.DESCRIPTION, Pattern.compile("(?i)good practice information:?"),
            Section.EVIDENCE, Pattern.compile("(?i)evidence of success:?"),
            Section.CONTACT, Pattern.compile("(?i)contact details( to obtain further information on the practice)?:?"));
    private static final Pattern COMPLETED = Pattern.compile("(?i)annex completed on\\s*:?\\s*(.*)");
    private static final Pattern CHROME = Pattern.compile(
            "(?i)(.*this website is no longer updated.*|follow news on interregional cooperation.*)");
    /** What every {@link #CHROME} line contains, looked for first: the leading ".*" makes that regex slow on long lines. */
    private static final List<String> CHROME_WORDS = List.of("this website is no longer updated", "follow news on interregional cooperation");
    private static final Pattern TOPIC_END = Pattern.compile("[.\\s]+$");

    private static final Pattern INDEX = Pattern.compile("(?i)index\\s*:\\s*(.*)");
    private static final Pattern PRIORITY = Pattern.compile("(?i)priority\\s*(?=[:\\d])(?::\\s*)?(?:(\\d+)\\s*[:.\\-–]?)?\\s*(.*)");
    private static final Pattern SUB_THEME = Pattern.compile("(?i)sub[\\s-]*theme\\s*:\\s*(.*)");
    private static final String DATES_HEADING = "start\\s*/\\s*end\\s+dates?\\s+of\\s+the\\s+practice\\s*:?";
    private static final Pattern LOCATION = Pattern.compile("(?i)location\\s*:?\\s*(.*?)\\s*(?:" + DATES_HEADING + ")?");
    private static final Pattern ONLY_DATES_HEADING = Pattern.compile("(?i)" + DATES_HEADING);
    private static final Pattern START = Pattern.compile("(?i)start(?:\\s+date)?\\s*:\\s*(.*)");
    private static final Pattern END = Pattern.compile("(?i)end(?:\\s+date)?\\s*:\\s*(.*)");
    private static final Pattern VALID_INDEX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final List<Pattern> FIELDS = List.of(INDEX, PRIORITY, SUB_THEME, LOCATION, START, END);
    /** Longest one-line field (title, priority, sub-theme, location, dates); real ones are under a hundred characters. */
    public static final int MAX_FIELD_CHARS = 300;
    /** Most numbers read from one record's evidence (by {@link Enrichment}); real records state a handful. */
    public static final int MAX_INDICATORS = 500;

    private final ProgrammeSchemes schemes;

    public AnnexParser(ProgrammeSchemes schemes) {
        this.schemes = requireNonNull(schemes, "schemes");
    }

    /** True when the text looks like an annex: it has an "Index:" field and a "Priority" field. */
    public static boolean looksLikeAnnex(SourceText source) {
        return source.lines().stream().anyMatch(l -> INDEX.matcher(l.strip()).matches())
                || source.lines().stream().anyMatch(l -> l.strip().toLowerCase().startsWith("project information"));
    }

    /** Parses and checks one annex; throws {@link RecordException} naming the line and field at fault. */
    public Annex parse(SourceText source) {
        Fields f = read(source);
        if (f.completed == null) {
            throw new RecordException(source.file(), f.lastLine, "Annex completed on",
                    "missing: an annex ends with a line like \"Annex completed on: 09-08-2011\"; without it the file "
                            + "may have been cut short, so it is not imported");
        }
        Dates dates = new Dates(source.file());
        return new Annex(
                index(source, f),
                f.title.value(),
                priority(source, f),
                f.subTheme == null ? null : subTheme(source, f.subTheme),
                f.location == null || f.location.value().isBlank() ? null : f.location.value(),
                dates.parse(f.start, "Start"),
                dates.parseEnd(f.start, f.end),
                topics(f.topics),
                f.description,
                f.evidence,
                f.evidenceLine,
                ContactLines.person(f.contact),
                ContactLines.organisation(f.contact),
                dates.parse(f.completed, "Annex completed on"));
    }

    private Fields read(SourceText source) {
        Fields f = new Fields();
        Section section = Section.HEAD;
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (isChrome(line)) {
                break;
            }
            f.lastLine = number;
            Section heading = heading(line);
            Matcher completed = COMPLETED.matcher(line);
            if (f.title == null) {
                if (heading != null || completed.matches() || isField(line)) {
                    throw new RecordException(source.file(), number, "Title",
                            "missing: the first line must be the practice's title, found " + RecordException.shown(line));
                }
                f.title = once(source, null, "Title", line, number);
            } else if (heading != null) {
                section = heading;
                f.projectLine = section == Section.PROJECT ? number : f.projectLine;
                f.evidenceLine = section == Section.EVIDENCE ? number : f.evidenceLine;
            } else if (completed.matches()) {
                f.completed = once(source, f.completed, "Annex completed on", completed.group(1), number);
                section = Section.END;
            } else {
                switch (section) {
                    case HEAD, PROJECT -> readField(source, f, line, number);
                    case TOPICS -> f.topics.add(line);
                    case DESCRIPTION -> f.description.add(line);
                    case EVIDENCE -> f.evidence.add(line);
                    case CONTACT -> f.contact.add(line);
                    case END -> { }
                }
            }
        }
        return f;
    }

    private static void readField(SourceText source, Fields f, String line, int number) {
        Matcher m;
        if ((m = INDEX.matcher(line)).matches()) {
            f.index = once(source, f.index, "Index", m.group(1), number);
        } else if ((m = SUB_THEME.matcher(line)).matches()) {
            f.subTheme = once(source, f.subTheme, "Sub Theme", m.group(1), number);
        } else if ((m = PRIORITY.matcher(line)).matches()) {
            f.priority = once(source, f.priority, "Priority", m.group(2), number);
            f.priorityNumber = m.group(1);
        } else if ((m = LOCATION.matcher(line)).matches()) {
            f.location = once(source, f.location, "Location", m.group(1), number);
        } else if ((m = START.matcher(line)).matches()) {
            f.start = once(source, f.start, "Start", m.group(1), number);
        } else if ((m = END.matcher(line)).matches()) {
            f.end = once(source, f.end, "End", m.group(1), number);
        } else if (!ONLY_DATES_HEADING.matcher(line).matches() && f.location != null && f.location.value().isEmpty()) {
            // "Location" on a line of its own, the place on the next.
            f.location = once(source, null, "Location", line, number);
        }
    }

    /**
     * A one-line field read on line {@code number}: refused when it is too long, or when the annex
     * already gave it ({@code earlier}), as a later value silently winning would hide a contradiction.
     */
    private static Line once(SourceText source, Line earlier, String field, String value, int number) {
        if (earlier != null) {
            throw new RecordException(source.file(), number, field, "given twice, on line " + earlier.number() + " ("
                    + RecordException.shown(earlier.value()) + ") and on line " + number + " ("
                    + RecordException.shown(value.strip()) + "); an annex has one " + field);
        }
        if (value.length() > MAX_FIELD_CHARS) {
            throw new RecordException(source.file(), number, field, String.format(Locale.ROOT,
                    "%s is %,d characters long; this field is at most %d", RecordException.shown(value),
                    value.length(), MAX_FIELD_CHARS));
        }
        return new Line(value.strip(), number);
    }

    private static boolean isChrome(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return CHROME_WORDS.stream().anyMatch(lower::contains) && CHROME.matcher(line).matches();
    }

    private static boolean isField(String line) {
        return FIELDS.stream().anyMatch(p -> p.matcher(line).matches());
    }

    private static Section heading(String line) {
        return HEADINGS.entrySet().stream()
                .filter(e -> e.getValue().matcher(line).matches())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static String index(SourceText source, Fields f) {
        if (f.index == null || f.index.value().isEmpty()) {
            int line = f.index != null ? f.index.number() : Math.max(f.projectLine, 1);
            throw new RecordException(source.file(), line, "Index",
                    "missing: every annex needs a line like \"Index: 0557C2\" that identifies it");
        }
        if (!VALID_INDEX.matcher(f.index.value()).matches()) {
            throw new RecordException(source.file(), f.index.number(), "Index", RecordException.shown(f.index.value())
                    + " is not a valid index: use letters, digits, '.', '-' or '_' (at most 64), e.g. 0557C2");
        }
        return f.index.value();
    }

    private Concept priority(SourceText source, Fields f) {
        if (f.priority == null) {
            throw new RecordException(source.file(), Math.max(f.projectLine, 1), "Priority",
                    "missing: expected a line like \"Priority:1: Innovation and the knowledge economy\"");
        }
        Line p = f.priority;
        Concept byNumber = f.priorityNumber == null ? null : schemes.priorityByNumber(f.priorityNumber).orElseThrow(
                () -> new RecordException(source.file(), p.number(), "Priority",
                        "unknown priority number " + f.priorityNumber + "; Interreg IVC has priorities 1 and 2"));
        Concept byLabel = p.value().isEmpty() ? null : schemes.priorityByLabel(p.value()).orElse(null);
        if (byNumber == null && byLabel == null) {
            throw new RecordException(source.file(), p.number(), "Priority", "unknown priority " + RecordException.shown(p.value())
                    + "; expected \"1: Innovation and the knowledge economy\" or \"2: Environment and risk prevention\"");
        }
        if (byNumber != null && byLabel != null && !byNumber.equals(byLabel)) {
            throw new RecordException(source.file(), p.number(), "Priority", "number " + f.priorityNumber
                    + " is \"" + byNumber.label() + "\" but the label says " + RecordException.shown(p.value()));
        }
        if (byNumber != null && byLabel == null && !p.value().isEmpty()) {
            throw new RecordException(source.file(), p.number(), "Priority", "unknown priority " + RecordException.shown(p.value())
                    + "; priority " + f.priorityNumber + " is \"" + byNumber.label() + "\"");
        }
        return byNumber != null ? byNumber : byLabel;
    }

    private Concept subTheme(SourceText source, Line line) {
        return schemes.subTheme(line.value()).orElseThrow(() -> new RecordException(source.file(), line.number(),
                "Sub Theme", "unknown sub-theme " + RecordException.shown(line.value()) + "; expected one of: "
                        + String.join("; ", schemes.subThemeLabels())));
    }

    private static List<String> topics(List<String> lines) {
        List<String> topics = new ArrayList<>();
        for (String topic : String.join(" ", lines).split(";")) {
            String t = TOPIC_END.matcher(topic.strip()).replaceAll("");
            if (!t.isEmpty()) {
                topics.add(t);
            }
        }
        return topics;
    }

    /** A field's text and the 1-based line it was read from. */
    record Line(String value, int number) {
    }

    private static final class Fields {
        Line title;
        Line index;
        Line priority;
        String priorityNumber;
        Line subTheme;
        Line location;
        Line start;
        Line end;
        Line completed;
        int projectLine;
        int evidenceLine;
        int lastLine;
        final List<String> topics = new ArrayList<>();
        final List<String> description = new ArrayList<>();
        final List<String> evidence = new ArrayList<>();
        final List<String> contact = new ArrayList<>();
    }
}

package org.goodpractice.ingest.interregeurope;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goodpractice.ingest.AnnexParser;
import org.goodpractice.ingest.Iris;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.ingest.interregeurope.Section.Heading;
import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.ontology.ProgrammeSchemes.Concept;
import org.goodpractice.place.Gazetteer;

/**
 * Parses an Interreg Europe good practice as a partner copies it from the Policy Learning
 * Platform's practice page or the submission template: a title line, then the sections of
 * {@link Section} in any order. The record has no index: its identifier is minted from the title.
 *
 * <pre>
 * PlatformPractice p = new PlatformParser(schemes, Gazetteer.bundled()).parse(SourceText.read(file), id -&gt; false);
 * </pre>
 */
final class PlatformParser {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private final ProgrammeSchemes schemes;
    private final PlatformPlaces places;

    PlatformParser(ProgrammeSchemes schemes, Gazetteer gazetteer) {
        this.schemes = requireNonNull(schemes, "schemes");
        this.places = new PlatformPlaces(requireNonNull(gazetteer, "gazetteer"));
    }

    /** True when the text has the description heading and one of the headings only this format has. */
    static boolean looksLikePractice(SourceText source) {
        boolean description = false;
        boolean distinctive = false;
        for (String line : source.lines()) {
            Heading h = Section.of(line).orElse(null);
            if (h != null && h.rest().isEmpty()) {
                description |= h.section() == Section.DESCRIPTION && line.strip().toLowerCase(Locale.ROOT).startsWith("about");
                distinctive |= Section.DISTINCTIVE.contains(h.section());
            }
        }
        return description && distinctive;
    }

    /** Parses and checks one record; {@code taken} says whether another record already holds an identifier. */
    PlatformPractice parse(SourceText source, Predicate<String> taken) {
        Path file = source.file();
        Map<Section, List<Line>> sections = new EnumMap<>(Section.class);
        Map<Section, Integer> headingLines = new EnumMap<>(Section.class);
        Line title = null;
        Section current = null;
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Heading heading = Section.of(line).orElse(null);
            if (title == null) {
                if (heading != null) {
                    throw new RecordException(file, i + 1, "Title", "missing: the first line must be the practice's title, found "
                            + RecordException.shown(line));
                }
                title = titleLine(file, line, i + 1);
            } else if (heading != null) {
                current = heading.section();
                if (headingLines.putIfAbsent(current, i + 1) != null) {
                    throw new RecordException(file, i + 1, current.heading(), "given twice, on line "
                            + headingLines.get(current) + " and on line " + (i + 1) + "; a practice has one " + current.heading());
                }
                sections.put(current, new ArrayList<>());
                if (!heading.rest().isEmpty()) {
                    sections.get(current).add(new Line(heading.rest(), i + 1));
                }
            } else if (current == null) {
                throw new RecordException(file, i + 1, "About this good practice", "expected a heading such as "
                        + "\"About this good practice\" after the title, found " + RecordException.shown(line));
            } else {
                sections.get(current).add(new Line(line, i + 1));
            }
        }
        if (title == null) {
            throw RecordException.ofFile(file, "has no title line");
        }
        Fields f = new Fields(file, sections, headingLines);
        Concept priority = ivcConcept(f, Section.PRIORITY, schemes::priorityByLabel, "priority");
        List<Concept> topics = topics(f, priority != null);
        PlatformPlaces.Owner owner = places.owner(file, f.lines(Section.OWNER));
        PlatformTimescale time = PlatformTimescale.read(file, f.lines(Section.TIMESCALE));
        List<String> evidence = f.texts(Section.EVIDENCE);
        List<String> resources = f.texts(Section.RESOURCES);
        List<String> further = f.texts(Section.FURTHER);
        Matcher url = URL.matcher(String.join(" ", further));
        String project = String.join(" ", f.texts(Section.PROJECT));
        return new PlatformPractice(identifier(f, title, taken), title.value(), topics,
                places.location(file, f.lines(Section.LOCATION)), time.start(), time.end(),
                f.texts(Section.DESCRIPTION), resources, evidence, f.texts(Section.TRANSFER), further,
                url.find() ? url.group().replaceAll("[.,;:)]+$", "") : null,
                owner.organisation(), owner.country(), owner.contact(), project.isEmpty() ? null : project,
                f.texts(Section.EXPERT), f.headingLine(Section.EVIDENCE), priority,
                ivcConcept(f, Section.SUB_THEME, schemes::subTheme, "sub-theme"), annexCompleted(f));
    }

    /** The Interreg IVC priority or sub-theme a section names by its label; null without the section. */
    private static Concept ivcConcept(Fields f, Section s, Function<String, Optional<Concept>> byLabel, String what) {
        List<Line> lines = f.lines(s);
        if (lines.isEmpty()) {
            return null;
        }
        String text = String.join(" ", f.texts(s));
        return byLabel.apply(text).orElseThrow(() -> new RecordException(f.file, lines.get(0).number(), s.heading(),
                "unknown Interreg IVC " + what + " " + RecordException.shown(text) + "; write it as the annex names it"));
    }

    /** The day an annex was completed, written as the store keeps it (2011-08-09); null without the section. */
    private static LocalDate annexCompleted(Fields f) {
        List<Line> lines = f.lines(Section.ANNEX_COMPLETED);
        if (lines.isEmpty()) {
            return null;
        }
        String text = String.join(" ", f.texts(Section.ANNEX_COMPLETED));
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordException(f.file, lines.get(0).number(), Section.ANNEX_COMPLETED.heading(),
                    RecordException.shown(text) + " is not a day; expected one like 2011-08-09");
        }
    }

    /** The identifier the record gives under "Identifier", checked before it becomes an IRI; else one minted from the title. */
    private static String identifier(Fields f, Line title, Predicate<String> taken) {
        List<Line> given = f.lines(Section.IDENTIFIER);
        if (given.isEmpty()) {
            return Iris.mintedId(title.value(), taken);
        }
        if (given.size() > 1 || !Iris.PRACTICE_ID.matcher(given.get(0).value()).matches()) {
            throw new RecordException(f.file, given.get(0).number(), "Identifier", RecordException.shown(given.get(0).value())
                    + " is not an identifier: one word of letters, digits, '-' and '_', at most 200 characters");
        }
        return given.get(0).value();
    }

    private static Line titleLine(Path file, String line, int number) {
        if (line.length() > AnnexParser.MAX_FIELD_CHARS) {
            throw new RecordException(file, number, "Title", String.format(Locale.ROOT,
                    "%s is %,d characters long; this field is at most %d", RecordException.shown(line), line.length(),
                    AnnexParser.MAX_FIELD_CHARS));
        }
        if (Iris.slug(line).isEmpty()) {
            throw new RecordException(file, number, "Title", RecordException.shown(line)
                    + " has no letters or digits to make an identifier of");
        }
        return new Line(line, number);
    }

    /** The topics named; none is refused unless the practice has an Interreg IVC priority instead (an annex's). */
    private List<Concept> topics(Fields f, boolean ivcPriority) {
        List<Line> lines = f.lines(Section.TOPIC);
        if (lines.isEmpty() && !ivcPriority) {
            throw new RecordException(f.file, f.headingLine(Section.TOPIC), "Topic", "missing: a practice names at least one "
                    + "Interreg Europe topic under a \"Topic\" heading, e.g. \"SME competitiveness\" or \"Greener Europe\"");
        }
        List<Concept> topics = new ArrayList<>();
        for (Line line : lines) {
            for (String part : line.value().split(";")) {
                String text = part.strip().replaceAll("[.\\s]+$", "");
                if (text.isEmpty()) {
                    continue;
                }
                Concept topic = schemes.interregEuropeTopic(text).orElseThrow(() -> new RecordException(f.file,
                        line.number(), "Topic", "unknown Interreg Europe topic " + RecordException.shown(text)
                                + "; expected one of: " + String.join("; ", schemes.interregEuropeTopicLabels())));
                if (!topics.contains(topic)) {
                    topics.add(topic);
                }
            }
        }
        return topics;
    }

    /** A value and the 1-based line it was read from. */
    record Line(String value, int number) {
    }

    /** The lines of each section, and where each heading was. */
    private record Fields(Path file, Map<Section, List<Line>> sections, Map<Section, Integer> headings) {
        List<Line> lines(Section s) {
            return sections.getOrDefault(s, List.of());
        }

        List<String> texts(Section s) {
            return lines(s).stream().map(Line::value).toList();
        }

        /** The line of the heading, or 1 (the title) when the record lacks it. */
        int headingLine(Section s) {
            return headings.getOrDefault(s, 1);
        }
    }
}

package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.interregeurope.InterregEuropeFormat;

/**
 * The submission form's fields written as an Interreg Europe platform practice (the text format
 * {@code import} reads), so that a save is parsed, mapped and validated by the very code of an import;
 * and the way back, from a refusal to the form field it concerns, by the line it names or its field.
 *
 * <pre>
 * PlatformText.Written text = PlatformText.write(submission.fields());
 * Optional&lt;String&gt; field = text.fieldOf(recordException);   // e.g. "end"
 * </pre>
 */
public final class PlatformText {
    /** How a field is written: one line, paragraphs, or one topic per line. */
    public enum Kind { LINE, TEXT, TOPICS }

    /**
     * One form field: its name, its label, the section it is written under, the label it carries within
     * that section ("Country: "), and the names a refusal may give it.
     */
    public record Field(String name, String label, Kind kind, String section, String prefix, List<String> aliases) {
    }

    private static final List<Field> ALL = List.of(
            field("title", "Title", Kind.LINE, null, "", "Title"),
            field("description", "About this good practice", Kind.TEXT, "About this good practice", "",
                    "About this good practice", "Good Practice Information"),
            field("resources", "Resources needed", Kind.TEXT, "Resources needed", "", "Resources needed"),
            field("evidence", "Evidence of success", Kind.TEXT, "Evidence of success", "", "Evidence of success", "Figures"),
            field("transfer", "Potential for learning or transfer", Kind.TEXT, "Potential for learning or transfer", "",
                    "Potential for learning or transfer"),
            field("further", "Further information", Kind.TEXT, "Further information", "", "Further information"),
            field("ownerOrganisation", "Owner organisation", Kind.LINE, "Good practice owner", "Organisation: ",
                    "Good practice owner"),
            field("ownerCountry", "Owner country", Kind.LINE, "Good practice owner", "Country: "),
            field("ownerContact", "Contact person", Kind.LINE, "Good practice owner", "Contact: ", "Contact details"),
            field("country", "Country", Kind.LINE, "Location", "Country: ", "Country", "Location", "Places"),
            field("region", "Region", Kind.LINE, "Location", "Region: ", "Region"),
            field("city", "City", Kind.LINE, "Location", "City: ", "City"),
            field("start", "Start date", Kind.LINE, "Timescale", "Start date: ", "Start date", "Start", "Timescale"),
            field("end", "End date", Kind.LINE, "Timescale", "End date: ", "End date", "End"),
            field("topics", "Topics", Kind.TOPICS, "Topic", "", "Topic", "Topic of the practice"),
            field("project", "Project", Kind.LINE, "Project", "", "Project"),
            field("expert", "Expert opinion", Kind.TEXT, "Expert opinion", "", "Expert opinion"),
            field("priority", "Interreg IVC priority", Kind.LINE, "Interreg IVC priority", "", "Interreg IVC priority", "Priority"),
            field("subTheme", "Interreg IVC sub-theme", Kind.LINE, "Interreg IVC sub-theme", "", "Interreg IVC sub-theme",
                    "Sub Theme"),
            field("annexCompleted", "Annex completed on", Kind.LINE, "Annex completed on", "", "Annex completed on"));

    /**
     * The fields of an Interreg IVC annex that the platform's template lacks: offered only on the edit
     * form of a practice that has them (one imported from an annex), so that its edit keeps them.
     */
    public static final List<String> ANNEX_FIELDS = List.of("priority", "subTheme", "annexCompleted");

    /** The names of the fields, in the form's order. */
    public static final List<String> FIELDS = ALL.stream().map(Field::name).toList();

    private PlatformText() {
    }

    public static List<Field> fields() {
        return ALL;
    }

    /** The text written and, by 1-based line, the field each line came from. */
    public record Written(List<String> lines, Map<Integer, String> lineFields) {
        public Written {
            lines = List.copyOf(lines);
            lineFields = Map.copyOf(lineFields);
        }

        /**
         * The form field a refusal concerns: the field it names, narrowed by its line within a section
         * of several fields (the owner's country rather than the organisation); else the field of its line.
         */
        public Optional<String> fieldOf(RecordException e) {
            requireNonNull(e, "e");
            String atLine = lineFields.get(e.line());
            List<Field> named = e.field() == null ? List.of()
                    : ALL.stream().filter(f -> f.aliases().contains(e.field())).toList();
            if (atLine != null && (named.isEmpty() || named.stream().anyMatch(f -> sameSection(f, atLine)))) {
                return Optional.of(atLine);
            }
            return named.stream().findFirst().map(Field::name);
        }

        private static boolean sameSection(Field f, String name) {
            return ALL.stream().anyMatch(g -> g.name().equals(name) && java.util.Objects.equals(g.section(), f.section()));
        }
    }

    /**
     * The first field with a line that the format would read as a heading, starting a section of its
     * own (a paragraph "Project: …" in the description would become the project), and that line.
     */
    public static Optional<Map.Entry<String, String>> headingInside(Map<String, String> values) {
        requireNonNull(values, "values");
        for (Field f : ALL) {
            if (!f.prefix().isEmpty() || f.name().equals("title") || f.kind() == Kind.TOPICS) {
                continue;
            }
            Optional<String> heading = lines(f, values.getOrDefault(f.name(), "")).stream()
                    .filter(InterregEuropeFormat::isHeading).findFirst();
            if (heading.isPresent()) {
                return Optional.of(Map.entry(f.name(), heading.get()));
            }
        }
        return Optional.empty();
    }

    /** The practice as the platform's text format writes it; empty fields are left out, the description heading never. */
    public static Written write(Map<String, String> values) {
        requireNonNull(values, "values");
        List<String> lines = new ArrayList<>();
        Map<Integer, String> from = new LinkedHashMap<>();
        String section = null;
        for (Field f : ALL) {
            String value = values.getOrDefault(f.name(), "").strip();
            boolean always = f.name().equals("title") || f.name().equals("description");
            if (value.isEmpty() && !always) {
                continue;
            }
            if (f.section() != null && !f.section().equals(section)) {
                lines.add("");
                lines.add(f.section());
                from.put(lines.size(), f.name());
                section = f.section();
            }
            for (String line : lines(f, value)) {
                lines.add(f.prefix() + line);
                from.put(lines.size(), f.name());
            }
        }
        return new Written(lines, from);
    }

    /** The practice written as {@link #write(Map)} does, under the identifier it already has (an edit keeps its IRI). */
    public static Written write(Map<String, String> values, String identifier) {
        Written text = write(values);
        List<String> lines = new ArrayList<>(text.lines());
        lines.add("");
        lines.add("Identifier: " + requireNonNull(identifier, "identifier"));
        return new Written(lines, text.lineFields());
    }

    private static List<String> lines(Field f, String value) {
        if (f.kind() == Kind.LINE) {
            // One line only: a line break typed into it must not start a section of its own.
            return List.of(value.replaceAll("\\s*[\\r\\n]+\\s*", " "));
        }
        return value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Field field(String name, String label, Kind kind, String section, String prefix, String... aliases) {
        return new Field(name, label, kind, section, prefix, List.of(aliases));
    }
}

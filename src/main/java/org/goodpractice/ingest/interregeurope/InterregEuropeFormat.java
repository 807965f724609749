package org.goodpractice.ingest.interregeurope;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.ingest.Iris;
import org.goodpractice.ingest.MappedRecord;
import org.goodpractice.ingest.MappedRecord.Evidence;
import org.goodpractice.ingest.RecordFormat;
import org.goodpractice.ingest.SourceText;
import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.place.Gazetteer;

/**
 * Interreg Europe good practices as copied from the Policy Learning Platform or its submission
 * template ({@link Section} lists the headings). The identifier is minted from the title,
 * {@code {base}id/practice/{slug}}, with {@code -2}, {@code -3}… when another file holds it.
 *
 * <pre>
 * RecordFormat format = new InterregEuropeFormat(base, ProgrammeSchemes.from(ontology, base), Gazetteer.bundled());
 * </pre>
 */
public final class InterregEuropeFormat implements RecordFormat {
    private final String base;
    private final PlatformParser parser;
    private final PlatformMapper mapper;
    private final ProgrammeSchemes schemes;

    public InterregEuropeFormat(String baseUri, ProgrammeSchemes schemes, Gazetteer gazetteer) {
        this.base = requireNonNull(baseUri, "baseUri");
        this.schemes = requireNonNull(schemes, "schemes");
        this.parser = new PlatformParser(schemes, gazetteer);
        this.mapper = new PlatformMapper(baseUri);
    }

    /** The Interreg Europe topics a record may name under "Topic", as a form offers them. */
    public java.util.List<String> topicLabels() {
        return schemes.interregEuropeTopicLabels();
    }

    /** True when {@code line} on its own line would be read as one of the template's headings (it starts a section). */
    public static boolean isHeading(String line) {
        return Section.of(requireNonNull(line, "line")).isPresent();
    }

    @Override
    public String name() {
        return "interreg-europe";
    }

    @Override
    public String shape() {
        return "an Interreg Europe practice has the headings \"About this good practice\" and \"Timescale\", \"Topic\" or \"Location\"";
    }

    @Override
    public boolean looksLike(SourceText source) {
        return PlatformParser.looksLikePractice(source);
    }

    @Override
    public MappedRecord map(SourceText source, Predicate<String> graphTaken) {
        PlatformPractice p = parser.parse(source, id -> graphTaken.test(Iris.practiceGraph(base, id)));
        Model model = mapper.map(p);
        String text = p.title() + "\n" + String.join("\n", p.description()) + "\n" + String.join("\n", p.evidence());
        return MappedRecord.of(p.id(), p.title(), Iris.practice(base, p.id()), Iris.practiceGraph(base, p.id()), model,
                p.location(), new Evidence(p.evidence(), p.resources(), p.evidenceLine(), Section.EVIDENCE.heading()), text);
    }
}

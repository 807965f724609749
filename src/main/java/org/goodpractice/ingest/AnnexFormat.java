package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Predicate;

import org.goodpractice.ingest.MappedRecord.Address;
import org.goodpractice.ingest.MappedRecord.Evidence;
import org.goodpractice.ontology.ProgrammeSchemes;

/**
 * Interreg IVC good-practice annexes, identified by their "Index:" field.
 *
 * <pre>
 * RecordFormat format = new AnnexFormat(base, ProgrammeSchemes.from(ontology, base));
 * </pre>
 */
public final class AnnexFormat implements RecordFormat {
    private final String base;
    private final AnnexParser parser;
    private final AnnexMapper mapper;

    public AnnexFormat(String baseUri, ProgrammeSchemes schemes) {
        this.base = requireNonNull(baseUri, "baseUri");
        this.parser = new AnnexParser(schemes);
        this.mapper = new AnnexMapper(baseUri);
    }

    @Override
    public String name() {
        return "annex";
    }

    @Override
    public String shape() {
        return "an annex has an \"Index:\" line";
    }

    @Override
    public boolean looksLike(SourceText source) {
        return AnnexParser.looksLikeAnnex(source);
    }

    @Override
    public MappedRecord map(SourceText source, Predicate<String> graphTaken) {
        Annex annex = parser.parse(source);
        String text = annex.title() + "\n" + String.join("\n", annex.topics()) + "\n"
                + String.join("\n", annex.description()) + "\n" + String.join("\n", annex.evidence());
        return MappedRecord.of(annex.index(), annex.title(), Iris.practice(base, annex.index()),
                Iris.practiceGraph(base, annex.index()), mapper.map(annex),
                annex.location() == null ? null : Address.of(annex.location()),
                new Evidence(annex.evidence(), List.of(), annex.evidenceLine(), "Evidence of success"), text);
    }
}

package org.goodpractice.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.goodpractice.classify.KeywordClassifier;
import org.goodpractice.evidence.Counted;
import org.goodpractice.evidence.Indicator;
import org.goodpractice.evidence.IndicatorExtractor;
import org.goodpractice.ingest.MappedRecord.Evidence;
import org.goodpractice.ingest.article.FactExtractor;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.place.Location;
import org.goodpractice.vocab.GP;

/**
 * What every record gets after its format mapped it, the same for all formats: the indicators its
 * evidence states (and the sums of money its resources name), its address resolved to gazetteer
 * links ({@link LocationMapper}; what does not resolve stays text, with a warning), and the topics
 * its text suggests, stated as inferred. A format maps only what its source says.
 *
 * <pre>
 * Enrichment enrichment = new Enrichment(base, ontology, Gazetteer.bundled());
 * MappedRecord enriched = enrichment.enrich(file, format.map(source, graph -&gt; false), 0);
 * </pre>
 */
public final class Enrichment {
    private final String base;
    private final Addresses addresses;
    private final KeywordClassifier topics;
    private final IndicatorExtractor indicators = new IndicatorExtractor();

    public Enrichment(String baseUri, Model ontology, Gazetteer gazetteer) {
        this.base = requireNonNull(baseUri, "baseUri");
        this.addresses = new Addresses(requireNonNull(gazetteer, "gazetteer"));
        this.topics = FactExtractor.topicClassifier(requireNonNull(ontology, "ontology"), baseUri);
    }

    /**
     * Enriches {@code record} of {@code file} in place (its graph) and returns it with the places it
     * now links and the warnings for the user; {@code line} is where the record starts in a file of
     * several (0 for a whole file), which its warnings then name.
     */
    public MappedRecord enrich(Path file, MappedRecord record, int line) {
        return enrich(file, record, line, null);
    }

    /** As {@link #enrich(Path, MappedRecord, int)}, its warnings naming the record's place as {@code where} when not null. */
    public MappedRecord enrich(Path file, MappedRecord record, int line, String where) {
        MappedRecord stated = stated(file, record, line, where);
        if (record.text() != null) {
            ClassificationMapper.add(subject(record), GP.inferredTopic, topics.classify(record.text()));
        }
        return stated;
    }

    /** What the record's own text states, resolved: its indicators and places, without the inferred topics. */
    public MappedRecord stated(Path file, MappedRecord record, int line) {
        return stated(file, record, line, null);
    }

    private MappedRecord stated(Path file, MappedRecord record, int line, String where) {
        requireNonNull(record, "record");
        if (record.evidence() != null) {
            IndicatorMapper.add(subject(record), base, figures(file, record.evidence()));
        }
        if (record.address() == null) {
            return record;
        }
        Location location = addresses.resolve(file, record.address());
        LocationMapper.add(subject(record), base, location);
        String at = where != null ? " (" + where + ")" : line > 0 ? " (line " + line + ")" : "";
        return record.with(location, location.warnings().stream().map(w -> "Location: " + w + at).toList());
    }

    private List<Indicator> figures(Path file, Evidence evidence) {
        List<Indicator> figures = new ArrayList<>(indicators.extract(evidence.evidence()));
        indicators.extract(evidence.resources()).stream().filter(x -> x.counted() == Counted.MONEY).forEach(figures::add);
        if (figures.size() > AnnexParser.MAX_INDICATORS) {
            throw new RecordException(file, evidence.line(), evidence.field(), String.format(Locale.ROOT,
                    "states %,d numbers; a record is read with at most %d", figures.size(), AnnexParser.MAX_INDICATORS));
        }
        return figures;
    }

    private static Resource subject(MappedRecord record) {
        return record.model().createResource(record.iri());
    }
}
